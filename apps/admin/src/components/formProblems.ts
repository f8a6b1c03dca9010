// Puts a failed mutation's problem where the user looks: validation messages under the fields they
// concern, a duplicate under the field that must be unique, and one translated toast for the rest.
import type { FormInstance } from "antd";
import type { MessageInstance } from "antd/es/message/interface";
import { describeProblem, toProblem } from "../app/errors";
import type { Messages } from "../i18n";

export interface ProblemTargets {
  /** The field a CONFLICT is about (a unique name or username). */
  conflictField?: string;
}

export function showProblem<V>(error: unknown, form: FormInstance<V>, message: MessageInstance, t: Messages, targets: ProblemTargets): void {
  const problem = toProblem(error);
  // Only the fields this form shows (registered ones) can carry a message.
  const known = new Set(Object.keys(form.getFieldsValue() as object));
  const fieldErrors = Object.entries(problem.fields)
    .filter(([name]) => known.has(name))
    .map(([name, errors]) => ({ name, errors }));
  if (problem.code === "CONFLICT" && targets.conflictField) {
    fieldErrors.push({ name: targets.conflictField, errors: [t.errors.CONFLICT] });
  }
  if (fieldErrors.length > 0) {
    // antd's typed NamePath cannot know names that come from the server; they were checked above.
    form.setFields(fieldErrors as Parameters<FormInstance<V>["setFields"]>[0]);
  }
  message.error(describeProblem(problem, t));
}

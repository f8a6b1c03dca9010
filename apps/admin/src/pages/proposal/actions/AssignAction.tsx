// 交办 / 重新交办: the office picks the mode (单独办理, 主办 + 会办, 分办), the units and optionally their
// shares (合计 100%), and sees the deadlines the assignment will set. On an item in handling it adds
// the unit that replaces a returned one, checked together with the live units.
import { DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import { useMutation } from "@apollo/client/react";
import { AssignProposalDocument } from "@jyta/client";
import type { AssignmentMode } from "@jyta/domain";
import { Button, Flex, Form, InputNumber, Radio, Select, Tag, Typography } from "antd";
import { useEffect } from "react";
import { UnitSelect } from "../../../components/UnitSelect";
import { useT } from "../../../i18n";
import { useLabels } from "../common/useLabels";
import { useRuleSets } from "../common/useRuleSets";
import { modeOfLive, planProblem, roleFor, toInputs, type PlanRow } from "./assignPlan";
import { ActionModal } from "./ActionModal";
import { DuePreview } from "./DuePreview";
import type { ActionProps } from "./types";

interface Values {
  mode: AssignmentMode;
  rows: PlanRow[];
}

const MODES: AssignmentMode[] = ["SOLE", "LEAD_CO", "SPLIT"];

export function AssignAction({ proposal, onClose, onDone }: ActionProps) {
  const t = useT();
  const labels = useLabels();
  const [form] = Form.useForm<Values>();
  const { ruleFor } = useRuleSets();
  const [mutate] = useMutation(AssignProposalDocument);
  const live = proposal.assignments;
  const fixedMode = modeOfLive(live);
  const liveHasLead = live.some((a) => a.role === "LEAD");
  const mode: AssignmentMode = Form.useWatch("mode", form) ?? fixedMode ?? "SOLE";
  const rows: PlanRow[] = Form.useWatch("rows", form) ?? [];
  const a = t.actions.assign;
  const reassign = live.length > 0;
  // An item in handling gets a replacement unit (重新交办), even when its only unit was returned and the
  // form again offers every mode.
  const title = proposal.status === "HANDLING" ? t.actions.names.reassign : t.actions.names.assign;

  // Each mode's minimum rows: one unit alone, or a lead and a co-handling unit, or two split units.
  useEffect(() => {
    if (reassign) return;
    const current = form.getFieldValue("rows") as PlanRow[] | undefined;
    const list = current ?? [];
    if (mode === "SOLE" && list.length !== 1) form.setFieldValue("rows", [list[0] ?? {}]);
    if (mode !== "SOLE" && list.length < 2) form.setFieldValue("rows", [...list, ...Array.from({ length: 2 - list.length }, () => ({}))]);
  }, [mode, form, reassign]);

  const rowLabel = (index: number, row: PlanRow | undefined): string => {
    const role = roleFor(mode, index, row ?? {}, liveHasLead);
    if (role === "LEAD") return a.lead;
    if (role === "CO") return mode === "LEAD_CO" && rows.filter((r, i) => roleFor(mode, i, r, liveHasLead) === "CO").length > 1 ? `${a.co} ${index}` : a.co;
    if (role === "SPLIT") return `${a.unit} ${index + 1}`;
    return a.unit;
  };
  const withCo = mode === "LEAD_CO";
  const minRows = reassign ? 1 : mode === "SOLE" ? 1 : 2;

  return (
    <ActionModal<Values>
      name="assign"
      title={title}
      form={form}
      width={760}
      okText={title}
      initialValues={{ mode: fixedMode ?? "SOLE", rows: [{}] }}
      run={(v) => mutate({ variables: { id: proposal.id, assignments: toInputs(v.mode ?? fixedMode ?? "SOLE", v.rows, liveHasLead) } })}
      doneText={() => t.actions.done(title)}
      onClose={onClose}
      onDone={onDone}
    >
      {reassign ? (
        <Flex gap={8} wrap style={{ marginBottom: 16 }}>
          {live.map((x) => (
            <Tag key={x.id}>
              {labels.assignmentRole(x.role)} · {x.unit.name}
              {x.share ? ` · ${x.share}%` : ""}
            </Tag>
          ))}
        </Flex>
      ) : (
        <Form.Item name="mode" label={a.mode}>
          <Radio.Group optionType="button" buttonStyle="solid" options={MODES.map((m) => ({ value: m, label: a.modes[m] }))} />
        </Form.Item>
      )}
      <Form.List
        name="rows"
        rules={[
          {
            validator: async (_, value: PlanRow[] | undefined) => {
              const list = value ?? [];
              if (list.some((r) => !r?.unitId)) return; // each row's own rule says so
              const problem = planProblem(live, toInputs(mode, list, liveHasLead), labels.lang);
              if (problem) throw new Error(problem);
            },
          },
        ]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.map((field, index) => (
              <Flex key={field.key} gap={8} align="flex-start">
                {reassign && mode === "LEAD_CO" ? (
                  <Form.Item name={[field.name, "role"]} label={t.proposal.assignment.role} initialValue={liveHasLead ? "CO" : "LEAD"} style={{ width: 110 }}>
                    <Select
                      options={(["LEAD", "CO"] as const).map((r) => ({ value: r, label: labels.assignmentRole(r) }))}
                    />
                  </Form.Item>
                ) : null}
                <Form.Item
                  name={[field.name, "unitId"]}
                  label={rowLabel(index, rows[index])}
                  rules={[{ required: true, message: t.common.requiredSelect(a.unit) }]}
                  style={{ flex: 1 }}
                >
                  <UnitSelect placeholder={a.unit} />
                </Form.Item>
                <Form.Item name={[field.name, "share"]} label={a.share} style={{ width: 120 }}>
                  <InputNumber min={1} max={100} precision={0} style={{ width: "100%" }} />
                </Form.Item>
                <Button
                  icon={<DeleteOutlined />}
                  aria-label={a.removeRow(index + 1)}
                  disabled={fields.length <= minRows}
                  onClick={() => remove(field.name)}
                  style={{ marginTop: 30 }}
                />
              </Flex>
            ))}
            {mode !== "SOLE" || reassign ? (
              <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({})} block style={{ marginBottom: 8 }}>
                {mode === "SPLIT" ? a.addSplit : a.addCo}
              </Button>
            ) : null}
            <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
              {a.sharesHelp}
            </Typography.Paragraph>
            {errors.length > 0 ? (
              <Typography.Text type="danger" role="alert">
                <Form.ErrorList errors={errors} />
              </Typography.Text>
            ) : null}
          </>
        )}
      </Form.List>
      <div style={{ marginTop: 12 }}>
        <DuePreview rules={ruleFor(proposal.kind)} withCo={withCo} />
      </div>
    </ActionModal>
  );
}

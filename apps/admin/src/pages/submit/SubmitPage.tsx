// 提交提案 (a member, for themselves) / 代录提案 (committee staff, for members of their body): the
// proposers in order, kind, session (the current one), submitter type, title, subject area and the
// text with the rule set's caps and live counters; submit, or save as a draft. The same form edits a
// DRAFT (`SubmitForm` with `draft`): save it again (updateDraft), or save and submit it (submitDraft).
import { useMutation, useQuery } from "@apollo/client/react";
import { SubmitContextDocument, SubmitDraftDocument, SubmitProposalDocument, UpdateDraftDocument, type ProposalKind, type SubmitterType } from "@jyta/client";
import { characterCount } from "@jyta/domain";
import { Alert, App, Button, Flex, Form, Input, Radio, Select, Skeleton } from "antd";
import { useEffect, useMemo, useState, type ReactElement, type ReactNode } from "react";
import { useNavigate } from "react-router";
import { paths } from "../../app/paths";
import { PageContainer } from "../../components/PageContainer";
import { useI18n } from "../../i18n";
import { actionProblem } from "../proposal/actions/actionProblem";
import { SUBMITTER_TYPES } from "../proposal/common/enums";
import { useLabels } from "../proposal/common/useLabels";
import { useRuleSets } from "../proposal/common/useRuleSets";
import { ProposerPicker, type Proposer } from "./ProposerPicker";

interface Values {
  proposers: Proposer[];
  kind: ProposalKind;
  sessionId: string;
  submitterType: SubmitterType;
  title: string;
  category?: string;
  body: string;
}

const KINDS_OF_BODY = { CPPCC: ["PROPOSAL", "MICRO_SUGGESTION"], PEOPLES_CONGRESS: ["SUGGESTION", "MICRO_SUGGESTION"] } as const;

/** A DRAFT to edit: its current values. Kind and session stay as they are (updateDraft keeps them). */
export interface DraftToEdit {
  id: string;
  kind: ProposalKind;
  sessionId: string;
  submitterType: SubmitterType;
  title: string;
  body: string;
  category?: string | null;
  proposers: Proposer[];
}

interface FormProps {
  /** Edit mode: the draft, prefilled. */
  draft?: DraftToEdit;
  /** Puts the form in its page (title and description chosen by who submits). */
  frame?: (content: ReactNode, forMember: boolean) => ReactElement;
  /** Edit mode: after saving (and submitting, when `submitted`). */
  onSaved?: (submitted: boolean) => void;
  onCancel?: () => void;
}

export function SubmitPage() {
  const t = useI18n().t;
  return (
    <SubmitForm
      frame={(content, forMember) => (
        <PageContainer title={forMember ? t.submit.titleMember : t.submit.titleStaff} description={forMember ? t.submit.descriptionMember : t.submit.descriptionStaff}>
          {content}
        </PageContainer>
      )}
    />
  );
}

export function SubmitForm({ draft, frame = (content) => <>{content}</>, onSaved, onCancel }: FormProps) {
  const { t, locale } = useI18n();
  const labels = useLabels();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const { data, loading } = useQuery(SubmitContextDocument, { fetchPolicy: "cache-and-network" });
  const { ruleFor } = useRuleSets();
  const [submit] = useMutation(SubmitProposalDocument);
  const [updateDraft] = useMutation(UpdateDraftDocument);
  const [submitDraft] = useMutation(SubmitDraftDocument);
  const [busy, setBusy] = useState<"submit" | "draft" | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const s = t.submit;

  const user = data?.viewer?.user;
  const member = user?.roles.includes("MEMBER") ? user.member : null;
  const body = member?.body ?? user?.body ?? null;
  const draftSession = draft?.sessionId;
  const sessions = useMemo(
    () => (data?.sessions ?? []).filter((x) => x.id === draftSession || (x.body.id === body?.id && (!member || x.isCurrent))),
    [data, body, member, draftSession],
  );
  const current = sessions.find((x) => x.isCurrent) ?? sessions[0];
  const kinds = body ? KINDS_OF_BODY[body.kind] : [];
  const kind: ProposalKind = Form.useWatch("kind", form) ?? kinds[0] ?? "PROPOSAL";
  const rules = ruleFor(kind);
  const leadWord = kind === "SUGGESTION" ? t.items.leadProposer : t.items.firstProposer;

  // Once the context is known: the member themself as first proposer, the current session, the first kind.
  useEffect(() => {
    if (!body) return;
    form.setFieldsValue({
      kind: form.getFieldValue("kind") ?? kinds[0],
      sessionId: form.getFieldValue("sessionId") ?? current?.id,
      proposers: (form.getFieldValue("proposers") as Proposer[] | undefined) ?? (member ? [{ id: member.id, name: member.name }] : []),
    });
  }, [body, current, member, kinds, form]);

  if (loading && !data) return <Skeleton active style={{ padding: 24 }} />;
  if (!body) return frame(<Alert type="warning" showIcon title={s.noBody} />, !!member);

  const finish = async (values: Values, asDraft: boolean) => {
    setBusy(asDraft ? "draft" : "submit");
    setProblem(null);
    try {
      if (draft) {
        await updateDraft({
          variables: {
            id: draft.id,
            input: {
              submitterType: values.submitterType,
              title: values.title.trim(),
              body: values.body.trim(),
              category: values.category ?? "", // empty clears it
              proposerIds: values.proposers.map((p) => p.id),
            },
          },
        });
        if (!asDraft) await submitDraft({ variables: { id: draft.id } });
        message.success(asDraft ? s.draftSaved : s.submitted);
        onSaved?.(!asDraft);
        return;
      }
      const result = await submit({
        variables: {
          input: {
            sessionId: values.sessionId,
            kind: values.kind,
            submitterType: values.submitterType,
            title: values.title.trim(),
            body: values.body.trim(),
            category: values.category,
            proposerIds: values.proposers.map((p) => p.id),
            draft: asDraft,
          },
        },
      });
      message.success(asDraft ? s.draftSaved : s.submitted);
      const id = result.data?.submitProposal.id;
      navigate(id ? `${paths.proposal}/${id}` : paths.workbench);
    } catch (error) {
      const { problem: p, text } = actionProblem(error, t);
      const fieldNames: Record<string, keyof Values> = { proposerIds: "proposers", sessionId: "sessionId", title: "title", body: "body", category: "category", kind: "kind" };
      const fields = Object.entries(p.fields)
        .map(([name, errors]) => ({ name: fieldNames[name], errors }))
        .filter((f): f is { name: keyof Values; errors: string[] } => f.name !== undefined);
      if (fields.length > 0) form.setFields(fields);
      setProblem(text);
    } finally {
      setBusy(null);
    }
  };

  const run = (asDraft: boolean) => {
    form
      .validateFields()
      .then((values) => finish(values, asDraft))
      .catch(() => undefined); // the form shows what is missing
  };

  const titleMax = rules?.titleMaxLength ?? 100;
  const bodyMax = rules?.bodyMaxLength ?? 5000;

  const initialValues: Partial<Values> = draft
    ? {
        proposers: draft.proposers,
        kind: draft.kind,
        sessionId: draft.sessionId,
        submitterType: draft.submitterType,
        title: draft.title,
        category: draft.category ?? undefined,
        body: draft.body,
      }
    : { submitterType: "INDIVIDUAL" };

  return frame(
    <>
      {sessions.length === 0 ? <Alert type="warning" showIcon title={s.noSession} style={{ marginBottom: 16 }} /> : null}
      {problem ? <Alert type="error" showIcon title={t.actions.problemTitle} description={problem} role="alert" style={{ marginBottom: 16 }} /> : null}
      <Form<Values>
        name={draft ? "editDraft" : "submit"}
        form={form}
        layout="vertical"
        initialValues={initialValues}
        style={{ maxWidth: 880 }}
        requiredMark
        onFinish={(v) => void finish(v, !!draft)}
      >
        <Form.Item
          name="proposers"
          label={s.proposers}
          extra={s.proposersHelp}
          rules={[
            {
              validator: async (_, value: Proposer[] | undefined) => {
                const n = value?.length ?? 0;
                if (n === 0) throw new Error(s.needProposer);
                const type = form.getFieldValue("submitterType") as SubmitterType;
                if (type === "INDIVIDUAL" && n !== 1) throw new Error(s.individualOne);
                if (type === "JOINT" && n < 2) throw new Error(s.jointTwo);
              },
            },
          ]}
        >
          <ProposerPicker bodyId={body.id} locked={member?.id} leadWord={leadWord} />
        </Form.Item>
        <Flex gap={24} wrap>
          <Form.Item name="kind" label={s.kind} rules={[{ required: true }]}>
            <Radio.Group optionType="button" disabled={!!draft} options={kinds.map((k) => ({ value: k, label: labels.kind(k) }))} />
          </Form.Item>
          <Form.Item name="sessionId" label={s.session} rules={[{ required: true, message: t.common.requiredSelect(s.session) }]}>
            <Select
              style={{ width: 260 }}
              disabled={!!member || !!draft}
              options={sessions.map((x) => ({ value: x.id, label: x.isCurrent ? `${x.name}（${s.current}）` : x.name }))}
            />
          </Form.Item>
          <Form.Item name="submitterType" label={s.submitterType} dependencies={["proposers"]} rules={[{ required: true }]}>
            <Select
              style={{ width: 160 }}
              options={SUBMITTER_TYPES.map((x) => ({ value: x, label: labels.submitterType(x) }))}
              onChange={() => void form.validateFields(["proposers"]).catch(() => undefined)}
            />
          </Form.Item>
        </Flex>
        <Form.Item
          name="title"
          label={s.title}
          rules={[
            { required: true, whitespace: true, message: t.common.required(s.title) },
            { max: titleMax, message: s.tooLong(titleMax) },
          ]}
        >
          <Input placeholder={s.titlePlaceholder} showCount maxLength={titleMax} />
        </Form.Item>
        <Form.Item name="category" label={s.category}>
          <Select allowClear style={{ width: 260 }} options={(rules?.subjectAreas ?? []).map((a) => ({ value: a.code, label: locale === "en" ? a.en : a.zh }))} />
        </Form.Item>
        <Form.Item
          name="body"
          label={s.body}
          rules={[
            { required: true, whitespace: true, message: t.common.required(s.body) },
            { validator: async (_, v: string | undefined) => (characterCount(v ?? "") > bodyMax ? Promise.reject(new Error(s.tooLong(bodyMax))) : undefined) },
          ]}
        >
          <Input.TextArea
            rows={14}
            placeholder={s.bodyPlaceholder}
            count={{ show: true, max: bodyMax, strategy: (text) => characterCount(text) }}
          />
        </Form.Item>
        <Flex gap={8}>
          <Button type="primary" loading={busy === "submit"} disabled={busy !== null || sessions.length === 0} onClick={() => run(false)}>
            {draft ? s.saveAndSubmit : s.submit}
          </Button>
          <Button loading={busy === "draft"} disabled={busy !== null || sessions.length === 0} onClick={() => run(true)}>
            {s.saveDraft}
          </Button>
          {onCancel ? (
            <Button disabled={busy !== null} onClick={onCancel}>
              {s.cancel}
            </Button>
          ) : null}
        </Flex>
      </Form>
    </>,
    !!member,
  );
}

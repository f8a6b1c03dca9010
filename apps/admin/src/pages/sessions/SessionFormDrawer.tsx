// Create or edit one session. Body, term and number identify it and are fixed once created; the name
// defaults (on the server too) to the customary 五届四次会议.
import { useMutation } from "@apollo/client/react";
import { CreateSessionDocument, UpdateSessionDocument } from "@jyta/client";
import { App, DatePicker, Flex, Form, Input, InputNumber, Select, Switch } from "antd";
import type { Dayjs } from "dayjs";
import { FormDrawer } from "../../components/FormDrawer";
import { useT } from "../../i18n";
import { DATE_FORMAT, fromDayjs, toDayjs } from "../../lib/dates";
import { defaultSessionName } from "../../lib/sessionName";
import { useBodyOptions } from "../../lib/useBodyOptions";
import type { SessionRow } from "./SessionsPage";

interface SessionFormValues {
  bodyId: string;
  term: number;
  number: number;
  year: number;
  name?: string;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  isCurrent: boolean;
}

interface Props {
  open: boolean;
  /** null: create a new session. */
  session: SessionRow | null;
  defaultBodyId: string | undefined;
  onClose: () => void;
  onSaved: () => Promise<void>;
}

export function SessionFormDrawer({ open, session, defaultBodyId, onClose, onSaved }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<SessionFormValues>();
  const bodies = useBodyOptions();
  const [createSession] = useMutation(CreateSessionDocument);
  const [updateSession] = useMutation(UpdateSessionDocument);
  const term = Form.useWatch("term", form);
  const number = Form.useWatch("number", form);
  const suggestedName = defaultSessionName(term, number);

  const initialValues: Partial<SessionFormValues> = session
    ? {
        bodyId: session.body.id,
        term: session.term,
        number: session.number,
        year: session.year,
        name: session.name,
        startsOn: toDayjs(session.startsOn),
        endsOn: toDayjs(session.endsOn),
        isCurrent: session.isCurrent,
      }
    : { bodyId: defaultBodyId ?? bodies.onlyActive, year: new Date().getFullYear(), isCurrent: false };

  const submit = async (v: SessionFormValues) => {
    const dates = { startsOn: fromDayjs(v.startsOn), endsOn: fromDayjs(v.endsOn) };
    if (session) {
      await updateSession({
        variables: { id: session.id, input: { name: v.name?.trim() || suggestedName, year: v.year, ...dates, isCurrent: v.isCurrent } },
      });
      message.success(t.common.saved);
    } else {
      await createSession({
        variables: {
          input: {
            bodyId: v.bodyId,
            term: v.term,
            number: v.number,
            year: v.year,
            name: v.name?.trim() || undefined,
            startsOn: dates.startsOn ?? undefined,
            endsOn: dates.endsOn ?? undefined,
            isCurrent: v.isCurrent,
          },
        },
      });
      message.success(t.common.created);
    }
    await onSaved();
  };

  const locked = session !== null;
  return (
    <FormDrawer<SessionFormValues>
      name="session"
      open={open}
      title={session ? t.sessions.editTitle : t.sessions.createTitle}
      form={form}
      initialValues={initialValues}
      onClose={onClose}
      onSubmit={submit}
      problemTargets={{ conflictField: "number" }}
    >
      <Form.Item name="bodyId" label={t.sessions.body} extra={locked ? t.sessions.lockedHelp : undefined} rules={[{ required: true, message: t.common.requiredSelect(t.sessions.body) }]}>
        <Select options={bodies.options} loading={bodies.loading} disabled={locked} autoFocus={!locked} />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item name="term" label={t.sessions.term} rules={[{ required: true, message: t.common.required(t.sessions.term) }]} style={{ flex: 1 }}>
          <InputNumber min={1} max={99} precision={0} disabled={locked} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="number" label={t.sessions.number} rules={[{ required: true, message: t.common.required(t.sessions.number) }]} style={{ flex: 1 }}>
          <InputNumber min={1} max={99} precision={0} disabled={locked} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item name="year" label={t.sessions.year} rules={[{ required: true, message: t.common.required(t.sessions.year) }]} style={{ flex: 1 }}>
          <InputNumber min={1949} max={2200} precision={0} style={{ width: "100%" }} />
        </Form.Item>
      </Flex>
      <Form.Item
        name="name"
        label={t.sessions.name}
        extra={suggestedName ? t.sessions.nameHelp(suggestedName) : undefined}
        rules={[{ max: 100, message: t.common.maxLength(100) }]}
      >
        <Input maxLength={100} placeholder={suggestedName} autoFocus={locked} />
      </Form.Item>
      <Flex gap={16}>
        <Form.Item name="startsOn" label={t.sessions.startsOn} style={{ flex: 1 }}>
          <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item
          name="endsOn"
          label={t.sessions.endsOn}
          dependencies={["startsOn"]}
          style={{ flex: 1 }}
          rules={[
            ({ getFieldValue }) => ({
              validator: async (_rule, value: Dayjs | null | undefined) => {
                const start = getFieldValue("startsOn") as Dayjs | null | undefined;
                if (value && start && value.isBefore(start, "day")) throw new Error(t.sessions.endsBeforeStart);
              },
            }),
          ]}
        >
          <DatePicker format={DATE_FORMAT} style={{ width: "100%" }} />
        </Form.Item>
      </Flex>
      <Form.Item name="isCurrent" label={t.sessions.isCurrent} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormDrawer>
  );
}

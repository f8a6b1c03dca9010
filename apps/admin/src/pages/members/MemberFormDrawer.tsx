// Create or edit one member or deputy. Sector and party offer the customary values but accept any
// text (delegations of deputies differ per district).
import { useMutation } from "@apollo/client/react";
import { CreateMemberDocument, UpdateMemberDocument } from "@jyta/client";
import { App, AutoComplete, Form, Input, Select } from "antd";
import { FormDrawer } from "../../components/FormDrawer";
import { useT } from "../../i18n";
import { PHONE_PATTERN, textOrEmpty, textOrUndefined } from "../../lib/formValues";
import { PARTIES, SECTORS, suggest } from "../../lib/suggestions";
import { useBodyOptions } from "../../lib/useBodyOptions";
import type { MemberRow } from "./MembersPage";

interface MemberFormValues {
  bodyId: string;
  name: string;
  sector?: string;
  party?: string;
  workplace?: string;
  phone?: string;
  email?: string;
}

interface Props {
  open: boolean;
  /** null: create a new member. */
  member: MemberRow | null;
  /** Preselected body for a new member (the list's body filter). */
  defaultBodyId: string | undefined;
  onClose: () => void;
  onSaved: () => Promise<void>;
}

export function MemberFormDrawer({ open, member, defaultBodyId, onClose, onSaved }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<MemberFormValues>();
  const bodies = useBodyOptions();
  const [createMember] = useMutation(CreateMemberDocument);
  const [updateMember] = useMutation(UpdateMemberDocument);
  const sector = Form.useWatch("sector", form);
  const party = Form.useWatch("party", form);

  const initialValues: Partial<MemberFormValues> = member
    ? {
        bodyId: member.body.id,
        name: member.name,
        sector: member.sector ?? undefined,
        party: member.party ?? undefined,
        workplace: member.workplace ?? undefined,
        phone: member.phone ?? undefined,
        email: member.email ?? undefined,
      }
    : { bodyId: defaultBodyId ?? bodies.onlyActive };

  const submit = async (v: MemberFormValues) => {
    if (member) {
      await updateMember({
        variables: {
          id: member.id,
          input: {
            name: v.name.trim(),
            sector: textOrEmpty(v.sector),
            party: textOrEmpty(v.party),
            workplace: textOrEmpty(v.workplace),
            phone: textOrEmpty(v.phone),
            email: textOrEmpty(v.email),
          },
        },
      });
      message.success(t.common.saved);
    } else {
      await createMember({
        variables: {
          input: {
            bodyId: v.bodyId,
            name: v.name.trim(),
            sector: textOrUndefined(v.sector),
            party: textOrUndefined(v.party),
            workplace: textOrUndefined(v.workplace),
            phone: textOrUndefined(v.phone),
            email: textOrUndefined(v.email),
          },
        },
      });
      message.success(t.common.created);
    }
    await onSaved();
  };

  return (
    <FormDrawer<MemberFormValues>
      name="member"
      open={open}
      title={member ? t.members.editTitle : t.members.createTitle}
      form={form}
      initialValues={initialValues}
      onClose={onClose}
      onSubmit={submit}
    >
      <Form.Item name="bodyId" label={t.members.body} rules={[{ required: true, message: t.common.requiredSelect(t.members.body) }]}>
        <Select options={bodies.options} loading={bodies.loading} disabled={member !== null} />
      </Form.Item>
      <Form.Item
        name="name"
        label={t.members.name}
        rules={[
          { required: true, whitespace: true, message: t.common.required(t.members.name) },
          { max: 50, message: t.common.maxLength(50) },
        ]}
      >
        <Input maxLength={50} autoFocus />
      </Form.Item>
      <Form.Item name="sector" label={t.members.sector} rules={[{ max: 50, message: t.common.maxLength(50) }]}>
        <AutoComplete options={suggest(SECTORS, sector)} maxLength={50} placeholder={t.members.sectorPlaceholder} />
      </Form.Item>
      <Form.Item name="party" label={t.members.party} rules={[{ max: 50, message: t.common.maxLength(50) }]}>
        <AutoComplete options={suggest(PARTIES, party)} maxLength={50} />
      </Form.Item>
      <Form.Item name="workplace" label={t.members.workplace} rules={[{ max: 200, message: t.common.maxLength(200) }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="phone" label={t.members.phone} rules={[{ pattern: PHONE_PATTERN, message: t.common.invalidPhone }]}>
        <Input maxLength={30} inputMode="tel" />
      </Form.Item>
      <Form.Item
        name="email"
        label={t.members.email}
        rules={[
          { type: "email", message: t.common.invalidEmail },
          { max: 100, message: t.common.maxLength(100) },
        ]}
      >
        <Input maxLength={100} type="email" />
      </Form.Item>
    </FormDrawer>
  );
}

// Create or edit one login. The unit, member and body selects appear only for the roles that need
// them (DOMAIN.md §5): a unit role needs its unit, MEMBER its member, COMMITTEE its body.
import { useMutation } from "@apollo/client/react";
import { CreateUserDocument, UpdateUserDocument, type Role } from "@jyta/client";
import { App, Checkbox, Form, Input } from "antd";
import { BodySelect } from "../../components/BodySelect";
import { FormDrawer } from "../../components/FormDrawer";
import { MemberSelect } from "../../components/MemberSelect";
import { UnitSelect } from "../../components/UnitSelect";
import { useT } from "../../i18n";
import { BODY_ROLES, MEMBER_ROLES, ROLES, UNIT_ROLES } from "../../lib/enums";
import { PHONE_PATTERN, textOrEmpty, textOrUndefined } from "../../lib/formValues";
import { PASSWORD_MAX, PASSWORD_MIN, passwordAcceptable } from "../../lib/passwordRules";
import type { UserRow } from "./UsersPage";

interface UserFormValues {
  username: string;
  displayName: string;
  password?: string;
  roles: Role[];
  unitId?: string;
  memberId?: string;
  bodyId?: string;
  phone?: string;
}

/** API_CLIENT is for API tokens, not for logins: the API refuses it on users. */
const ASSIGNABLE_ROLES = ROLES.filter((r) => r !== "API_CLIENT");
const USERNAME_PATTERN = /^[a-zA-Z0-9][a-zA-Z0-9._-]{2,49}$/;

const needs = (roles: readonly Role[] | undefined, which: readonly Role[]) => (roles ?? []).some((r) => which.includes(r));

interface Props {
  open: boolean;
  /** null: create a new user. */
  user: UserRow | null;
  /** Editing the account in use: its ADMIN role cannot be dropped (the API refuses). */
  isSelf: boolean;
  onClose: () => void;
  onSaved: () => Promise<void>;
}

export function UserFormDrawer({ open, user, isSelf, onClose, onSaved }: Props) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<UserFormValues>();
  const roles = Form.useWatch("roles", form);
  const [createUser] = useMutation(CreateUserDocument);
  const [updateUser] = useMutation(UpdateUserDocument);

  const needsUnit = needs(roles, UNIT_ROLES);
  const needsMember = needs(roles, MEMBER_ROLES);
  const needsBody = needs(roles, BODY_ROLES);

  const initialValues: Partial<UserFormValues> = user
    ? {
        username: user.username,
        displayName: user.displayName,
        roles: user.roles,
        unitId: user.unit?.id,
        memberId: user.member?.id,
        bodyId: user.body?.id,
        phone: user.phone ?? undefined,
      }
    : { roles: [] };

  const submit = async (v: UserFormValues) => {
    // Links of roles the user no longer has are removed, so no stale unit keeps granting access.
    const links = {
      unitId: needs(v.roles, UNIT_ROLES) ? v.unitId : undefined,
      memberId: needs(v.roles, MEMBER_ROLES) ? v.memberId : undefined,
      bodyId: needs(v.roles, BODY_ROLES) ? v.bodyId : undefined,
    };
    if (user) {
      await updateUser({
        variables: {
          id: user.id,
          input: {
            displayName: v.displayName.trim(),
            roles: v.roles,
            unitId: links.unitId ?? null,
            memberId: links.memberId ?? null,
            bodyId: links.bodyId ?? null,
            phone: textOrEmpty(v.phone),
            password: v.password ? v.password : undefined,
          },
        },
      });
      message.success(t.common.saved);
    } else {
      await createUser({
        variables: {
          input: {
            username: v.username.trim().toLowerCase(),
            password: v.password ?? "",
            displayName: v.displayName.trim(),
            roles: v.roles,
            ...links,
            phone: textOrUndefined(v.phone),
          },
        },
      });
      message.success(t.common.created);
    }
    await onSaved();
  };

  const passwordLabel = user ? t.users.newPassword : t.users.password;

  return (
    <FormDrawer<UserFormValues>
      name="user"
      open={open}
      title={user ? t.users.editTitle : t.users.createTitle}
      form={form}
      initialValues={initialValues}
      onClose={onClose}
      onSubmit={submit}
      problemTargets={{ conflictField: "username" }}
    >
      <Form.Item
        name="username"
        label={t.users.username}
        extra={user ? t.users.usernameStored : t.users.usernameHelp}
        rules={[
          { required: true, whitespace: true, message: t.common.required(t.users.username) },
          { pattern: USERNAME_PATTERN, message: t.users.usernameInvalid },
        ]}
      >
        <Input maxLength={50} disabled={user !== null} autoComplete="off" autoFocus={user === null} />
      </Form.Item>
      <Form.Item
        name="displayName"
        label={t.users.displayName}
        rules={[
          { required: true, whitespace: true, message: t.common.required(t.users.displayName) },
          { max: 50, message: t.common.maxLength(50) },
        ]}
      >
        <Input maxLength={50} autoFocus={user !== null} />
      </Form.Item>
      <Form.Item
        name="password"
        label={passwordLabel}
        extra={
          <>
            {user ? <div>{t.users.newPasswordHelp}</div> : null}
            <div>{t.users.passwordRule(PASSWORD_MIN)}</div>
          </>
        }
        rules={[
          { required: user === null, message: t.common.required(passwordLabel) },
          {
            validator: async (_rule, value: string | undefined) => {
              if (value && !passwordAcceptable(value)) throw new Error(t.users.passwordRule(PASSWORD_MIN));
            },
          },
        ]}
      >
        <Input.Password maxLength={PASSWORD_MAX} autoComplete="new-password" />
      </Form.Item>
      <Form.Item
        name="roles"
        label={t.users.roles}
        rules={[{ required: true, type: "array", min: 1, message: t.common.requiredSelect(t.users.roles) }]}
      >
        <Checkbox.Group
          role="group"
          aria-label={t.users.roles}
          options={ASSIGNABLE_ROLES.map((r) => ({ value: r, label: t.role[r], disabled: isSelf && r === "ADMIN" }))}
        />
      </Form.Item>
      {needsUnit ? (
        <Form.Item name="unitId" label={t.users.unit} rules={[{ required: true, message: t.users.unitRequired }]}>
          <UnitSelect keep={user?.unit} placeholder={t.users.unit} />
        </Form.Item>
      ) : null}
      {needsMember ? (
        <Form.Item name="memberId" label={t.users.member} rules={[{ required: true, message: t.users.memberRequired }]}>
          <MemberSelect keep={user?.member} placeholder={t.users.searchMember} />
        </Form.Item>
      ) : null}
      {needsBody ? (
        <Form.Item name="bodyId" label={t.users.body} rules={[{ required: true, message: t.users.bodyRequired }]}>
          <BodySelect placeholder={t.users.body} />
        </Form.Item>
      ) : null}
      <Form.Item name="phone" label={t.users.phone} rules={[{ pattern: PHONE_PATTERN, message: t.common.invalidPhone }]}>
        <Input maxLength={30} inputMode="tel" />
      </Form.Item>
    </FormDrawer>
  );
}

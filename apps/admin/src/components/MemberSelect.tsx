// A member picker for forms: searches members by name on the server as the user types (a body has
// hundreds). Rendered only where a member is asked for, so a closed form fetches nothing.
import { Select, type SelectProps } from "antd";
import { useMemberOptions } from "../lib/useMemberOptions";

type Props = Omit<SelectProps<string>, "options" | "showSearch" | "loading"> & {
  /** A member already chosen that the search results may not contain. */
  keep?: { id: string; name: string } | null;
};

export function MemberSelect({ keep, ...props }: Props) {
  const members = useMemberOptions(keep);
  return <Select<string> {...props} showSearch={{ filterOption: false, onSearch: members.onSearch }} options={members.options} loading={members.loading} />;
}

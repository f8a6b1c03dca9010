// The proposers in order (the first is 第一提案人 / 领衔): add members of the body by searching their
// name, move one up or down, remove one. `locked` is the member filing for themselves (always kept).
import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined } from "@ant-design/icons";
import { useQuery } from "@apollo/client/react";
import { MemberOptionsDocument } from "@jyta/client";
import { Button, Flex, Select, Tag, Typography } from "antd";
import { useMemo, useState } from "react";
import { useT } from "../../i18n";
import { useDebounced } from "../../lib/useDebounced";

export interface Proposer {
  id: string;
  name: string;
}

interface Props {
  id?: string;
  value?: Proposer[];
  onChange?: (value: Proposer[]) => void;
  bodyId: string;
  locked?: string;
  leadWord: string;
}

export function ProposerPicker({ id, value = [], onChange, bodyId, locked, leadWord }: Props) {
  const t = useT();
  const s = t.submit;
  const [search, setSearch] = useState("");
  const settled = useDebounced(search.trim());
  const { data, previousData, loading } = useQuery(MemberOptionsDocument, {
    variables: { options: { take: 30, sort: "NAME_ASC", filter: { bodyId, active: true, search: settled || undefined } } },
  });
  const options = useMemo(() => {
    const chosen = new Set(value.map((p) => p.id));
    return ((data ?? previousData)?.members.items ?? [])
        .filter((m) => !chosen.has(m.id))
        .map((m) => ({ value: m.id, label: m.sector ? `${m.name}（${m.sector}）` : m.name, name: m.name }));
  }, [data, previousData, value]);

  const move = (from: number, to: number) => {
    const next = [...value];
    const [item] = next.splice(from, 1);
    if (item) next.splice(to, 0, item);
    onChange?.(next);
  };

  return (
    <Flex vertical gap={8}>
      {value.length > 0 ? (
        <ol style={{ margin: 0, paddingLeft: 24 }} aria-label={s.proposers}>
          {value.map((p, i) => (
            <li key={p.id} style={{ padding: "2px 0" }}>
              <Flex align="center" gap={8} wrap>
                <Typography.Text strong={i === 0}>{p.name}</Typography.Text>
                {p.id === locked ? <Tag>{s.self}</Tag> : null}
                {i === 0 ? <Tag color="blue">{leadWord}</Tag> : null}
                <Button size="small" type="text" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={s.moveUp(p.name)} />
                <Button size="small" type="text" icon={<ArrowDownOutlined />} disabled={i === value.length - 1} onClick={() => move(i, i + 1)} aria-label={s.moveDown(p.name)} />
                <Button
                  size="small"
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  disabled={p.id === locked}
                  onClick={() => onChange?.(value.filter((x) => x.id !== p.id))}
                  aria-label={s.removeProposer(p.name)}
                />
              </Flex>
            </li>
          ))}
        </ol>
      ) : null}
      <Select<string>
        id={id}
        aria-label={s.addProposer}
        placeholder={`${s.addProposer}（${s.searchMember}）`}
        value={null}
        showSearch={{ filterOption: false, onSearch: setSearch }}
        loading={loading}
        options={options}
        onChange={(memberId) => {
          const m = options.find((o) => o.value === memberId);
          if (m) onChange?.([...value, { id: m.value, name: m.name }]);
          setSearch("");
        }}
        style={{ maxWidth: 360 }}
      />
    </Flex>
  );
}

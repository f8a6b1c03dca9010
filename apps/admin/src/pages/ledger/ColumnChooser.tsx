// The ledger's "显示列" button: a checkbox per column, the title always shown.
import { SettingOutlined } from "@ant-design/icons";
import { Button, Checkbox, Flex, Popover, Typography } from "antd";
import { useT } from "../../i18n";

interface Props {
  columns: { key: string; title: string; locked?: boolean }[];
  visible: string[];
  onChange: (keys: string[]) => void;
  onReset: () => void;
}

export function ColumnChooser({ columns, visible, onChange, onReset }: Props) {
  const t = useT();
  const content = (
    <Flex vertical gap={8} style={{ width: 220 }}>
      <Typography.Text type="secondary">{t.work.ledger.columnsHelp}</Typography.Text>
      <Checkbox.Group
        value={visible}
        onChange={(keys) => onChange(columns.filter((c) => c.locked || keys.includes(c.key)).map((c) => c.key))}
        aria-label={t.work.ledger.columns}
      >
        <Flex vertical gap={4}>
          {columns.map((c) => (
            <Checkbox key={c.key} value={c.key} disabled={c.locked}>
              {c.title}
            </Checkbox>
          ))}
        </Flex>
      </Checkbox.Group>
      <Button size="small" onClick={onReset}>
        {t.common.reset}
      </Button>
    </Flex>
  );
  return (
    <Popover content={content} trigger="click" placement="bottomRight">
      <Button icon={<SettingOutlined />}>{t.work.ledger.columns}</Button>
    </Popover>
  );
}

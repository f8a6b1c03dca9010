// A row of buttons, one per action the viewer may take here; the main ones stand out.
import { Button, Flex } from "antd";
import { useT } from "../../../i18n";
import type { ActionKey } from "../actions/available";

const PRIMARY: ReadonlySet<ActionKey> = new Set<ActionKey>([
  "submit",
  "register",
  "assign",
  "reassign",
  "receiveAssignment",
  "sendCoOpinion",
  "saveReply",
  "submitReply",
  "signOffReply",
  "reviewReply",
  "giveFeedback",
  "decideReturn",
  "decideExtension",
]);
const DANGER: ReadonlySet<ActionKey> = new Set<ActionKey>(["withdraw", "decline"]);

interface Props {
  actions: readonly ActionKey[];
  onPick: (action: ActionKey) => void;
  /** Names the row for screen readers, e.g. 区住房和城乡建设局的操作. */
  label: string;
  /** Overrides a button's text (e.g. 修改答复 when a draft exists). */
  names?: Partial<Record<ActionKey, string>>;
  size?: "small" | "middle";
}

export function ActionButtons({ actions, onPick, label, names = {}, size = "middle" }: Props) {
  const t = useT();
  if (actions.length === 0) return null;
  return (
    <Flex gap={8} wrap role="group" aria-label={label}>
      {actions.map((a) => (
        <Button key={a} size={size} type={PRIMARY.has(a) ? "primary" : "default"} danger={DANGER.has(a)} onClick={() => onPick(a)} data-action={a}>
          {names[a] ?? t.actions.names[a]}
        </Button>
      ))}
    </Flex>
  );
}

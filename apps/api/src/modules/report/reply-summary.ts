// "What was done" for a key item, from its reply: the official answer opens with a salutation and a
// receipt formula (…收悉) and often says 现将办理情况答复如下 before the substance, and closes with
// thanks and the unit's name. The summary keeps the substance, cut at a sentence end.

const SUBSTANCE_MARK = /(答复如下|报告如下|情况如下)[：:]/;
// Thanks, sign-off formulas and the outlook ("下一步，我们将…") say nothing about what was done.
const CLOSING = /^(感谢|特此|此复|专此|下一步)/;
export const SUMMARY_MAX = 160;

/** The substance of a reply's text, at most about SUMMARY_MAX characters, ending with 。 */
export function summariseReply(content: string, max = SUMMARY_MAX): string {
  let text = content.replace(/\r/g, "").trim();
  const mark = SUBSTANCE_MARK.exec(text);
  if (mark) text = text.slice(mark.index + mark[0].length);
  let lines = text
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);
  // Salutation ("王丽娜委员：") and the signature/closing lines carry nothing done.
  if (!mark && lines[0] && /[：:]$/.test(lines[0]) && lines[0].length <= 30) lines = lines.slice(1);
  lines = lines.filter((l) => !CLOSING.test(l) && !(/^[^。；，]{2,30}$/.test(l) && !/[。；]$/.test(l)));
  const body = lines.join("");
  if (body.length <= max) return ensureFullStop(body);
  // Cut after the last sentence (or clause) end that fits.
  const head = body.slice(0, max);
  const cut = Math.max(head.lastIndexOf("。"), head.lastIndexOf("；"));
  return ensureFullStop(cut > max / 3 ? head.slice(0, cut + 1) : `${head}…`);
}

function ensureFullStop(text: string): string {
  if (!text) return text;
  if (/[。！？…]$/.test(text)) return text;
  return /[；，、：]$/.test(text) ? `${text.slice(0, -1)}。` : `${text}。`;
}

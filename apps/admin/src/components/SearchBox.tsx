// A list's keyword box: typing is local, Enter / the button / clearing applies it to the URL; the
// text follows the URL (back button, reset) without remounting, so keyboard focus stays put.
import { Input } from "antd";
import { useEffect, useState } from "react";

interface Props {
  value: string | undefined;
  onSearch: (value: string) => void;
  placeholder: string;
  width?: number;
}

export function SearchBox({ value, onSearch, placeholder, width = 260 }: Props) {
  const [text, setText] = useState(value ?? "");
  useEffect(() => setText(value ?? ""), [value]);
  return (
    <Input.Search
      aria-label={placeholder}
      placeholder={placeholder}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onSearch={(v) => onSearch(v)}
      allowClear
      maxLength={100}
      style={{ width }}
    />
  );
}

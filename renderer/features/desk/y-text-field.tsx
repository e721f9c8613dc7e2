// A text field bound to a Y.Text of a desk article: typing changes only the letters that changed,
// so two people in the same field merge, and other people's changes appear as they arrive with
// the caret kept where it was.
import { useEffect, useId, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { applyTextChange } from './y-fields';

interface YTextFieldProps {
  label: string;
  name: string;
  text: Y.Text;
  multiline?: boolean;
  placeholder?: string;
  lang?: string;
  className?: string;
}

/** Where a caret at `position` goes after a remote change given as a Yjs delta. */
function mapPosition(position: number, delta: Y.YTextEvent['delta']): number {
  let at = 0;
  let mapped = position;
  for (const op of delta) {
    if (op.retain !== undefined) at += op.retain;
    else if (typeof op.insert === 'string') {
      if (at <= position) mapped += op.insert.length;
      at += op.insert.length;
    } else if (op.delete !== undefined) {
      if (at < position) mapped -= Math.min(op.delete, position - at);
    }
  }
  return Math.max(0, mapped);
}

export function YTextField(props: YTextFieldProps) {
  const { label, name, text, multiline, placeholder, lang, className } = props;
  const id = useId();
  const [value, setValue] = useState(() => text.toString());
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);

  useEffect(() => {
    setValue(text.toString());
    const observe = (event: Y.YTextEvent) => {
      if (event.transaction.local) return;
      const element = input.current;
      const focused = element && document.activeElement === element;
      const start = focused ? mapPosition(element.selectionStart ?? 0, event.delta) : 0;
      const end = focused ? mapPosition(element.selectionEnd ?? 0, event.delta) : 0;
      const next = text.toString();
      setValue(next);
      if (focused) {
        requestAnimationFrame(() => element.setSelectionRange(start, end));
      }
    };
    text.observe(observe);
    return () => text.unobserve(observe);
  }, [text]);

  const onChange = (next: string) => {
    applyTextChange(text, text.toString(), next);
    setValue(next);
  };
  const common = {
    id,
    ref: input,
    value,
    placeholder,
    lang,
    spellCheck: true,
    className: `field-input ${className ?? ''}`,
    'data-field': name,
  };
  return (
    <div className="field">
      <div className="field-head">
        <label htmlFor={id}>{label}</label>
      </div>
      {multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}

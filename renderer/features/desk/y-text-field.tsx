// A text field bound to a Y.Text of a desk article: typing changes only the letters that changed,
// so two people in the same field merge, and other people's changes appear as they arrive with
// the caret kept where it was.
import { useEffect, useId, useRef, useState } from 'react';
import * as Y from 'yjs';

interface YTextFieldProps {
  label: string;
  name: string;
  text: Y.Text;
  multiline?: boolean;
  placeholder?: string;
  lang?: string;
  className?: string;
}

/** Replaces `before` by `after` in `text` by deleting and inserting only the middle that differs. */
export function applyTextChange(text: Y.Text, before: string, after: string): void {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (
    end < before.length - start &&
    end < after.length - start &&
    before[before.length - 1 - end] === after[after.length - 1 - end]
  ) {
    end++;
  }
  text.doc!.transact(() => {
    if (before.length - start - end > 0) text.delete(start, before.length - start - end);
    if (after.length - start - end > 0) text.insert(start, after.slice(start, after.length - end));
  });
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

// A text field bound to a Y.Text of a desk article: typing changes only the letters that changed,
// so two people in the same field merge, and other people's changes appear as they arrive with
// the caret kept where it was.
import { useEffect, useId, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { countCharacters } from '../../../shared/text/counts';
import { useT } from '../../i18n/intl-root';
import { applyTextChange } from '../../../shared/desk/doc-fields';

interface YTextFieldProps {
  label: string;
  name: string;
  text: Y.Text;
  multiline?: boolean;
  placeholder?: string;
  lang?: string;
  className?: string;
  /** Characters allowed before the count turns to a warning (as the library editor's fields). */
  limit?: number;
  limitHint?: string;
  /** One line that wraps and grows (the headline): Enter adds no line break but calls `onEnter`. */
  grow?: boolean;
  onEnter?: () => void;
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
  const { label, name, text, multiline, placeholder, lang, className, limit, grow } = props;
  const id = useId();
  const t = useT();
  const [value, setValue] = useState(() => text.toString());
  const shown = useRef(value);
  const input = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const length = limit === undefined ? 0 : countCharacters(value);
  const over = limit !== undefined && length > limit;

  useEffect(() => {
    shown.current = text.toString();
    setValue(shown.current);
    // Other people's changes, and a restored version: whatever did not come from this field.
    const observe = (event: Y.YTextEvent) => {
      const next = text.toString();
      if (next === shown.current) return;
      const element = input.current;
      const focused = element && document.activeElement === element;
      const start = focused ? mapPosition(element.selectionStart ?? 0, event.delta) : 0;
      const end = focused ? mapPosition(element.selectionEnd ?? 0, event.delta) : 0;
      shown.current = next;
      setValue(next);
      if (focused) {
        requestAnimationFrame(() => element.setSelectionRange(start, end));
      }
    };
    text.observe(observe);
    return () => text.unobserve(observe);
  }, [text]);

  const onChange = (typed: string) => {
    // A line break pasted into a one-line field becomes a space.
    const next = grow ? typed.replace(/\s*\n\s*/g, ' ') : typed;
    shown.current = next;
    setValue(next);
    applyTextChange(text, text.toString(), next);
  };
  const common = {
    id,
    ref: input,
    value,
    placeholder,
    lang,
    spellCheck: true,
    'aria-describedby': limit === undefined ? undefined : `${id}-count`,
    'aria-invalid': over || undefined,
    className: `field-input ${className ?? ''} ${grow ? 'field-grow' : ''}`,
    'data-field': name,
  };
  return (
    <div className={`field ${over ? 'field-over' : ''}`}>
      <div className="field-head">
        <label htmlFor={id}>{label}</label>
        {limit !== undefined && (
          <span id={`${id}-count`} className="field-count">
            {t('editor.count', { length, limit })}
            {over && (
              <span className="field-warning">
                {t('editor.over-limit', { hint: props.limitHint ?? t('editor.too-long') })}
              </span>
            )}
          </span>
        )}
      </div>
      {grow ? (
        <textarea
          {...common}
          rows={1}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
            event.preventDefault();
            props.onEnter?.();
          }}
        />
      ) : multiline ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(event) => onChange(event.target.value)} />
      )}
    </div>
  );
}

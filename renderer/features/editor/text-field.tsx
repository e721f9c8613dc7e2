// A labelled article field with a live character count that turns to a warning past its limit.
import { useId, useState } from 'react';
import { countCharacters } from '../../../shared/text/counts';
import { useT } from '../../i18n/intl-root';

interface TextFieldProps {
  label: string;
  /** The article field it edits; the preflight checklist finds the input by it. */
  name?: string;
  initial: string;
  onChange: (value: string) => void;
  multiline?: boolean;
  limit?: number;
  limitHint?: string;
  placeholder?: string;
  lang?: string;
  autoFocus?: boolean;
  className?: string;
  /**
   * One line of text that wraps and grows with what is typed (the headline): Enter inserts no
   * line break but calls `onEnter`.
   */
  grow?: boolean;
  onEnter?: () => void;
}

export function TextField(props: TextFieldProps) {
  const { label, initial, onChange, multiline, limit, limitHint, placeholder, lang, autoFocus } =
    props;
  const id = useId();
  const t = useT();
  const [value, setValue] = useState(initial);
  const length = limit === undefined ? 0 : countCharacters(value);
  const over = limit !== undefined && length > limit;

  const update = (typed: string) => {
    // A line break pasted into a one-line field becomes a space.
    const next = props.grow ? typed.replace(/\s*\n\s*/g, ' ') : typed;
    setValue(next);
    onChange(next);
  };
  const common = {
    id,
    value,
    placeholder,
    lang,
    autoFocus,
    spellCheck: true,
    'aria-describedby': limit === undefined ? undefined : `${id}-count`,
    'aria-invalid': over || undefined,
    className: `field-input ${props.className ?? ''}`,
    'data-field': props.name,
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
                {t('editor.over-limit', { hint: limitHint ?? t('editor.too-long') })}
              </span>
            )}
          </span>
        )}
      </div>
      {props.grow ? (
        <textarea
          {...common}
          rows={1}
          className={`${common.className} field-grow`}
          onChange={(event) => update(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
            event.preventDefault();
            props.onEnter?.();
          }}
        />
      ) : multiline ? (
        <textarea {...common} rows={3} onChange={(event) => update(event.target.value)} />
      ) : (
        <input {...common} type="text" onChange={(event) => update(event.target.value)} />
      )}
    </div>
  );
}

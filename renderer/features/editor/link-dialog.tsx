// Asks for a link address and refuses anything but web and email addresses.
import { useState, type FormEvent } from 'react';
import { checkLinkInput } from '../../../shared/schema/link-policy';

interface LinkDialogProps {
  initial: string;
  onApply: (url: string) => void;
  onRemove: () => void;
  onClose: () => void;
}

export function LinkDialog({ initial, onApply, onRemove, onClose }: LinkDialogProps) {
  const [value, setValue] = useState(initial);
  const [error, setError] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkLinkInput(value);
    if (checked.ok) onApply(checked.url);
    else setError(checked.message);
  };

  return (
    <form
      className="link-dialog"
      role="dialog"
      aria-label="Link"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <label htmlFor="link-address">Link address</label>
      <input
        id="link-address"
        type="text"
        inputMode="url"
        autoFocus
        value={value}
        placeholder="https://…"
        aria-invalid={error ? true : undefined}
        aria-describedby="link-error"
        onChange={(event) => {
          setValue(event.target.value);
          setError('');
        }}
      />
      <button type="submit">Apply</button>
      {initial && (
        <button type="button" onClick={onRemove}>
          Remove link
        </button>
      )}
      <button type="button" onClick={onClose}>
        Cancel
      </button>
      <p id="link-error" role="alert" className="link-error">
        {error}
      </p>
    </form>
  );
}

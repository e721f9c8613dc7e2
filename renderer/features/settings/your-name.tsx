// "Your name": who this computer's approvals, corrections and status changes are recorded as,
// until the desk's own identities take over.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { api, messageOf } from '../../api/client';
import { useT } from '../../i18n/intl-root';

export function YourName() {
  const t = useT();
  const id = useId();
  const [name, setName] = useState<string>();
  const [message, setMessage] = useState('');

  useEffect(() => {
    api.getPreferences({}).then(
      (preferences) => setName(preferences.userName),
      (error) => setMessage(messageOf(error)),
    );
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const saved = await api.updatePreferences({ userName: name ?? '' });
      setName(saved.userName);
      setMessage(t('settings.yourNameSaved'));
    } catch (error) {
      setMessage(t('settings.yourNameFailed', { reason: messageOf(error) }));
    }
  };

  return (
    <section className="settings-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('settings.yourName')}</h2>
      <p className="settings-hint" id={`${id}-hint`}>
        {t('settings.yourNameHint')}
      </p>
      <form className="sections-add" onSubmit={submit}>
        <label htmlFor={id}>{t('settings.yourName')}</label>
        <input
          id={id}
          name="userName"
          value={name ?? ''}
          maxLength={100}
          autoComplete="name"
          aria-describedby={`${id}-hint`}
          disabled={name === undefined}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit">{t('settings.yourNameSave')}</button>
      </form>
      <p aria-live="polite" className="settings-message">
        {message}
      </p>
    </section>
  );
}

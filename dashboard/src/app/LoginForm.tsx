// Sign-in, shown when the hub answers that a request needs a signed-in user.
import { useId, useState, type FormEvent } from 'react';
import { login } from '../api/login.ts';
import { setSessionToken } from '../api/session.ts';
import { errorMessage } from '../components/Panel.tsx';
import { useI18n } from './i18n-context.tsx';

export function LoginForm({ onDone }: { onDone: () => void }) {
  const i18n = useI18n();
  const id = useId();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const token = await login(username, password);
      onDone();
      setSessionToken(token);
    } catch (err) {
      setError(errorMessage(err as Error, i18n));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section className="panel login" aria-labelledby={`${id}-t`}>
      <h1 id={`${id}-t`}>{i18n.t('signInTitle')}</h1>
      <p>{i18n.t('signInText')}</p>
      <form onSubmit={submit} className="login-form">
        <div className="field">
          <label htmlFor={`${id}-u`}>{i18n.t('username')}</label>
          <input id={`${id}-u`} name="username" autoComplete="username" required value={username} onChange={(e) => setUsername(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-p`}>{i18n.t('password')}</label>
          <input
            id={`${id}-p`}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        </div>
        {error ? (
          <p className="field-error" role="alert">
            {error}
          </p>
        ) : null}
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {i18n.t('signIn')}
        </button>
      </form>
    </section>
  );
}

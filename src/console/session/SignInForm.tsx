import {useEffect, useRef, useState, type ReactNode} from 'react';
import {useForm} from 'react-hook-form';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import FormField from '@site/src/components/FormField';
import {useText} from '@site/src/components/i18n';
import {useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import {supportText} from '@site/src/support/text';
import {consoleText} from '../text';
import type {SignedInUser} from './useSession';
import styles from './styles.module.css';

function wait(seconds: number | null, language: 'zh' | 'en'): string {
  const minutes = Math.max(1, Math.ceil((seconds ?? 60) / 60));
  return language === 'zh' ? `${minutes} 分钟` : `${minutes} minute${minutes === 1 ? '' : 's'}`;
}

type Props = {notice: string | null; onSignedIn: (user: SignedInUser, csrfToken: string) => void};

export default function SignInForm({notice, onSignedIn}: Props): ReactNode {
  const t = useText(consoleText);
  const shared = useText(supportText);
  const problemMessage = useProblemMessage();
  const [failure, setFailure] = useState<string | null>(null);
  const alert = useRef<HTMLDivElement>(null);
  const {register, handleSubmit, formState, setFocus} = useForm<{email: string; password: string}>({defaultValues: {email: '', password: ''}});
  useEffect(() => setFocus('email'), [setFocus]);

  const submit = handleSubmit(async (body) => {
    setFailure(null);
    try {
      const session = await call(api.POST('/auth/login', {body}));
      onSignedIn(session.user, session.csrfToken);
    } catch (error) {
      const language = document.documentElement.lang === 'en' ? 'en' : 'zh';
      if (error instanceof ApiError && error.code === 'invalid_credentials') setFailure(t.wrongCredentials);
      else if (error instanceof ApiError && error.status === 429) setFailure(t.lockedOut(wait(error.retryAfterSeconds, language)));
      else setFailure(problemMessage(error));
      requestAnimationFrame(() => alert.current?.focus());
    }
  });

  return (
    <section className={styles.signIn} aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">{t.signInTitle}</h2>
      {notice && (
        <p className="alert alert--warning" role="status">
          {notice}
        </p>
      )}
      <p>{t.signInIntro}</p>
      <form onSubmit={submit} noValidate>
        <FormField id="sign-in-email" label={t.email} error={formState.errors.email?.message} required requiredText={shared.required}>
          {(control) => <input {...control} {...register('email', {required: {value: true, message: shared.requiredMessage}})} type="email" autoComplete="username" className="app-control" />}
        </FormField>
        <FormField id="sign-in-password" label={t.password} error={formState.errors.password?.message} required requiredText={shared.required}>
          {(control) => <input {...control} {...register('password', {required: {value: true, message: shared.requiredMessage}})} type="password" autoComplete="current-password" className="app-control" />}
        </FormField>
        <div ref={alert} tabIndex={-1}>
          {failure && (
            <p className="alert alert--danger" role="alert">
              {failure}
            </p>
          )}
        </div>
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t.signingIn : t.signIn}
        </button>
      </form>
    </section>
  );
}

import {useEffect, useRef, useState, type ReactNode} from 'react';
import {useForm} from 'react-hook-form';
import {useHistory} from '@docusaurus/router';
import useBaseUrl from '@docusaurus/useBaseUrl';
import {useQueryClient} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import FormField from '@site/src/components/FormField';
import {useLocale, useText} from '@site/src/components/i18n';
import {fieldMessage} from '@site/src/support/fieldErrors';
import {tokenOf, useFragment} from '@site/src/support/fragment';
import {useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import {supportText} from '@site/src/support/text';
import {myTrainingKey, signedInHint} from '../session/traineeApi';
import {trainingText} from '../session/text';

/** "E-mail me a sign-in link": answered the same whether or not the address is a trainee's, as the API is. */
function RequestLink({notice}: {notice: string | null}): ReactNode {
  const t = useText(trainingText);
  const shared = useText(supportText);
  const locale = useLocale();
  const problemMessage = useProblemMessage();
  const [sent, setSent] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const {register, handleSubmit, setError, formState} = useForm<{email: string}>({defaultValues: {email: ''}});
  const submit = handleSubmit(async ({email}) => {
    setFailure(null);
    setSent(null);
    try {
      const answer = await call(api.POST('/training/sign-in-links', {body: {email, locale}}));
      setSent(answer.message);
    } catch (error) {
      const field = error instanceof ApiError ? error.errors.find((e) => e.field === 'email') : undefined;
      if (field) setError('email', {type: 'server', message: fieldMessage(field, locale)}, {shouldFocus: true});
      else setFailure(error);
    }
  });
  return (
    <form onSubmit={submit} noValidate>
      {notice && (
        <p className="alert alert--warning" role="alert">
          {notice}
        </p>
      )}
      <FormField id="training-email" label={t.email} error={formState.errors.email?.message} required requiredText={shared.required}>
        {(control) => (
          <input
            {...control}
            {...register('email', {required: {value: true, message: shared.requiredMessage}})}
            type="email"
            autoComplete="email"
            inputMode="email"
            className="app-control"
          />
        )}
      </FormField>
      <div role="status">{sent && <p className="alert alert--success">{sent}</p>}</div>
      {failure !== null && (
        <p className="alert alert--danger" role="alert">
          {problemMessage(failure)}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t.sending : t.send}
      </button>
    </form>
  );
}

/**
 * The page a sign-in link opens: the token in the fragment is traded (once) for the trainee's session, the
 * fragment is wiped from the address bar and history, and the trainee lands on their progress.
 */
export default function SignIn(): ReactNode {
  const t = useText(trainingText);
  const client = useQueryClient();
  const history = useHistory();
  const progressUrl = useBaseUrl('/training/progress');
  // Kept current when only the fragment changes: a second e-mail's link opened in the same tab.
  const token = tokenOf(useFragment());
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const problemMessage = useProblemMessage();
  const started = useRef<string | null>(null);

  useEffect(() => {
    if (!token || started.current === token) return;
    started.current = token;
    setNotice(null);
    setFailure(null);
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    call(api.POST('/training/sessions', {body: {token}}))
      .then(async () => {
        signedInHint.set();
        await client.invalidateQueries({queryKey: myTrainingKey});
        history.replace(progressUrl);
      })
      .catch((error: unknown) => {
        if (error instanceof ApiError && error.code === 'link_expired') setNotice(t.linkExpired);
        else if (error instanceof ApiError && error.status === 401) setNotice(t.linkInvalid);
        else setFailure(error);
      });
  }, [token, client, history, progressUrl, t]);

  if (token && notice === null && failure === null) return <p role="status">{t.signingIn}</p>;
  return (
    <>
      {failure !== null && (
        <p className="alert alert--danger" role="alert">
          {problemMessage(failure)}
        </p>
      )}
      <RequestLink notice={notice} />
    </>
  );
}

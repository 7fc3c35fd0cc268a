import {useState, type ReactNode} from 'react';
import {useForm} from 'react-hook-form';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import FormField from '@site/src/components/FormField';
import {useLocale, useText} from '@site/src/components/i18n';
import {fieldMessage} from '../fieldErrors';
import {useProblemMessage} from '../shell/ProblemNotice';
import {supportText} from '../text';
import {mineText} from './text';

/** "E-mail me my tickets": the answer is the same whether the address has tickets or not, as the API's is. */
export default function RequestLinkForm({idPrefix = 'my-tickets'}: {idPrefix?: string}): ReactNode {
  const t = useText(mineText);
  const shared = useText(supportText);
  const locale = useLocale();
  const problemMessage = useProblemMessage();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const {register, handleSubmit, setError, formState} = useForm<{email: string}>({defaultValues: {email: ''}});

  const submit = handleSubmit(async ({email}) => {
    setFailure(null);
    setSentTo(null);
    try {
      await call(api.POST('/access-links', {body: {email}}));
      setSentTo(email.trim().toLowerCase());
    } catch (error) {
      const field = error instanceof ApiError ? error.errors.find((e) => e.field === 'email') : undefined;
      if (field) setError('email', {type: 'server', message: fieldMessage(field, locale)}, {shouldFocus: true});
      else setFailure(error);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <FormField id={`${idPrefix}-email`} label={t.email} error={formState.errors.email?.message} required requiredText={shared.required}>
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
      <div role="status">{sentTo && <p className="alert alert--success">{t.sent(sentTo)}</p>}</div>
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

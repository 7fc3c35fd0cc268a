import {useState, type ReactNode} from 'react';
import {useForm} from 'react-hook-form';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import FormField from '@site/src/components/FormField';
import {useLocale, useText} from '@site/src/components/i18n';
import {fieldMessage} from '@site/src/support/fieldErrors';
import {useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import {supportText} from '@site/src/support/text';
import {tracks, type Track} from './curriculum';
import {useRefreshTraining} from './queries';
import {trainingText} from './text';
import styles from './styles.module.css';

type Invite = {email: string; name: string; track: Track; locale: 'zh-Hans' | 'en'};
const fields = ['email', 'name', 'track', 'locale'] as const;

/** Invites a trainee by e-mail; the server's refusals (a taken address, a bad one) are shown at their fields. */
export default function InviteForm({cohortId}: {cohortId: string}): ReactNode {
  const t = useText(trainingText);
  const shared = useText(supportText);
  const locale = useLocale();
  const problemMessage = useProblemMessage();
  const refresh = useRefreshTraining();
  const [invited, setInvited] = useState<string | null>(null);
  const {register, handleSubmit, reset, setError, formState} = useForm<Invite>({defaultValues: {email: '', name: '', track: 'developer', locale}});
  const submit = handleSubmit(async (body) => {
    setInvited(null);
    try {
      const trainee = await call(api.POST('/training/cohorts/{id}/trainees', {params: {path: {id: cohortId}}, body}));
      setInvited(t.invitedDone(trainee.name, trainee.email));
      reset({email: '', name: '', track: body.track, locale: body.locale});
      await refresh();
    } catch (error) {
      const blamed = error instanceof ApiError ? error.errors.filter((e) => (fields as readonly string[]).includes(e.field)) : [];
      for (const fieldError of blamed) {
        const message = fieldError.code === 'taken' ? t.emailTaken : fieldMessage(fieldError, locale);
        setError(fieldError.field as keyof Invite, {message}, {shouldFocus: true});
      }
      if (!blamed.length) setError('root', {message: problemMessage(error)});
    }
  });
  const required = {required: {value: true, message: shared.requiredMessage}};
  return (
    <form onSubmit={submit} noValidate className={styles.form}>
      <FormField id="invite-email" label={t.email} error={formState.errors.email?.message} required requiredText={shared.required}>
        {(control) => <input {...control} {...register('email', required)} type="email" autoComplete="off" className="app-control" />}
      </FormField>
      <FormField id="invite-name" label={t.traineeName} error={formState.errors.name?.message} required requiredText={shared.required}>
        {(control) => <input {...control} {...register('name', required)} className="app-control" maxLength={100} />}
      </FormField>
      <FormField id="invite-track" label={t.track} error={formState.errors.track?.message}>
        {(control) => (
          <select {...control} {...register('track')} className="app-control">
            {tracks.map((track) => (
              <option key={track} value={track}>
                {t[track]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField id="invite-locale" label={t.language} error={formState.errors.locale?.message}>
        {(control) => (
          <select {...control} {...register('locale')} className="app-control">
            <option value="zh-Hans">简体中文</option>
            <option value="en">English</option>
          </select>
        )}
      </FormField>
      <div role="status">
        {invited && <p className="alert alert--success">{invited}</p>}
        {formState.errors.root?.message && <p className="alert alert--danger">{formState.errors.root.message}</p>}
      </div>
      <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
        {t.sendInvite}
      </button>
    </form>
  );
}

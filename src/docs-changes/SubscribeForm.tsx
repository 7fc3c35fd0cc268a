import {useState, type ReactNode} from 'react';
import {useForm} from 'react-hook-form';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import FormField from '@site/src/components/FormField';
import {useLocale, useText, type Locale} from '@site/src/components/i18n';
import {fieldMessage} from '@site/src/support/fieldErrors';
import {useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import {supportText} from '@site/src/support/text';
import {changesText, sectionNames, sectionOrder, type Section} from './text';
import styles from './styles.module.css';

type Values = {email: string; sections: Section[]; frequency: 'weekly' | 'daily'; locale: Locale};

/** Asks for a digest: the server only e-mails a confirmation link, and answers the same whatever the address. */
export default function SubscribeForm(): ReactNode {
  const t = useText(changesText);
  const names = useText(sectionNames);
  const shared = useText(supportText);
  const locale = useLocale();
  const problemMessage = useProblemMessage();
  const [sent, setSent] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const {register, handleSubmit, setError, formState} = useForm<Values>({defaultValues: {email: '', sections: [], frequency: 'weekly', locale}});

  const submit = handleSubmit(async (values) => {
    setFailure(null);
    setSent(null);
    try {
      const answer = await call(api.POST('/docs-subscriptions', {body: values}));
      setSent(answer.message);
    } catch (error) {
      const field = error instanceof ApiError ? error.errors.find((e) => e.field === 'email' || e.field.startsWith('sections')) : undefined;
      if (field?.field === 'email') setError('email', {type: 'server', message: fieldMessage(field, locale)}, {shouldFocus: true});
      else if (field) setError('sections', {type: 'server', message: t.sectionsRequired});
      else setFailure(error);
    }
  });

  const sectionsError = formState.errors.sections?.message;
  return (
    <form onSubmit={submit} noValidate className={styles.form}>
      <FormField id="docs-subscribe-email" label={t.email} error={formState.errors.email?.message} required requiredText={shared.required}>
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
      <fieldset className={styles.fieldset} aria-describedby={sectionsError ? 'docs-subscribe-sections-error' : undefined}>
        <legend>{t.sections}</legend>
        <div className={styles.choices}>
          {sectionOrder.map((section) => (
            <label key={section} className={styles.choice}>
              <input type="checkbox" value={section} {...register('sections', {validate: (chosen) => chosen.length > 0 || t.sectionsRequired})} /> {names[section]}
            </label>
          ))}
        </div>
        {sectionsError && (
          <div id="docs-subscribe-sections-error" className={styles.error} role="alert">
            {sectionsError}
          </div>
        )}
      </fieldset>
      <fieldset className={styles.fieldset}>
        <legend>{t.frequency}</legend>
        <div className={styles.choices}>
          <label className={styles.choice}>
            <input type="radio" value="weekly" {...register('frequency')} /> {t.weekly}
          </label>
          <label className={styles.choice}>
            <input type="radio" value="daily" {...register('frequency')} /> {t.daily}
          </label>
        </div>
      </fieldset>
      <FormField id="docs-subscribe-locale" label={t.language}>
        {(control) => (
          <select {...control} {...register('locale')} className="app-control">
            <option value="zh-Hans">简体中文</option>
            <option value="en">English</option>
          </select>
        )}
      </FormField>
      <div role="status">{sent && <p className="alert alert--success">{sent}</p>}</div>
      {failure !== null && (
        <p className="alert alert--danger" role="alert">
          {problemMessage(failure)}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? t.submitting : t.submit}
      </button>
      <p className={styles.hint}>{t.unsubscribeHint}</p>
    </form>
  );
}

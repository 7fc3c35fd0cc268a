import {useState, type ReactNode} from 'react';
import {useMutation, useQuery, useQueryClient} from '@tanstack/react-query';
import {useForm} from 'react-hook-form';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import type {Answer} from '@site/src/api/types';
import DateTime from '@site/src/components/DateTime';
import FormField from '@site/src/components/FormField';
import {useText} from '@site/src/components/i18n';
import {ProblemNotice, useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import {supportText} from '@site/src/support/text';
import {useShortcutsEnabled} from '../queue/useShortcuts';
import {useSession} from '../session/useSession';
import SavedReplies from './SavedReplies';
import {settingsText} from './text';
import styles from './styles.module.css';

type Kind = 'staff_new_ticket' | 'staff_assigned' | 'staff_customer_reply' | 'staff_reopened';
const kinds: Kind[] = ['staff_new_ticket', 'staff_assigned', 'staff_customer_reply', 'staff_reopened'];

function MailSettings(): ReactNode {
  const t = useText(settingsText);
  const problemMessage = useProblemMessage();
  const client = useQueryClient();
  const current = useQuery({queryKey: ['my-notifications'], queryFn: () => call(api.GET('/auth/me/notifications'))});
  const [draft, setDraft] = useState<Partial<Record<Kind, boolean>>>({});
  const save = useMutation({
    mutationFn: () => call(api.PATCH('/auth/me/notifications', {body: {settings: draft}})),
    onSuccess: (saved) => {
      client.setQueryData(['my-notifications'], saved);
      setDraft({});
    },
  });
  if (current.isPending) return null;
  if (current.isError) return <ProblemNotice error={current.error} onRetry={() => current.refetch()} />;
  const settings = current.data.settings as Record<Kind, boolean>;
  return (
    <section aria-labelledby="mail-heading" className={styles.section}>
      <h2 id="mail-heading">{t.mailTitle}</h2>
      <p>{t.mailIntro}</p>
      {current.data.onCall && <p className="alert alert--info">{t.onCall}</p>}
      <fieldset className={styles.fieldset}>
        <legend className="sr-only">{t.mailTitle}</legend>
        {kinds.map((kind) => (
          <label key={kind} className={styles.check}>
            <input type="checkbox" checked={draft[kind] ?? settings[kind]} onChange={(event) => setDraft((d) => ({...d, [kind]: event.target.checked}))} /> {t[`kind_${kind}`]}
          </label>
        ))}
      </fieldset>
      <button type="button" className="button button--primary" disabled={!Object.keys(draft).length || save.isPending} onClick={() => save.mutate()}>
        {t.saveMail}
      </button>
      <span role="status" className={styles.status}>
        {save.isSuccess && t.saved}
        {save.isError && problemMessage(save.error)}
      </span>
    </section>
  );
}

function LanguageSetting(): ReactNode {
  const t = useText(settingsText);
  const problemMessage = useProblemMessage();
  const client = useQueryClient();
  const {user} = useSession();
  const [locale, setLocale] = useState(user.locale);
  const save = useMutation({
    mutationFn: () => call(api.PATCH('/auth/me', {body: {locale}})),
    onSuccess: (me) => client.setQueryData(['auth', 'me'], me.user),
  });
  return (
    <section aria-labelledby="language-heading" className={styles.section}>
      <h2 id="language-heading">{t.languageTitle}</h2>
      <p>{t.languageIntro}</p>
      <label className={styles.check}>
        <span>{t.languageLabel}</span>
        <select className="app-control" value={locale} onChange={(event) => setLocale(event.target.value as typeof locale)}>
          <option value="zh-Hans">简体中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <button type="button" className="button button--primary" disabled={locale === user.locale || save.isPending} onClick={() => save.mutate()}>
        {t.saveLanguage}
      </button>
      <span role="status" className={styles.status}>
        {save.isSuccess && t.saved}
        {save.isError && problemMessage(save.error)}
      </span>
    </section>
  );
}

function PasswordForm(): ReactNode {
  const t = useText(settingsText);
  const shared = useText(supportText);
  const problemMessage = useProblemMessage();
  const [done, setDone] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const {register, handleSubmit, reset, setError, formState} = useForm<{currentPassword: string; newPassword: string}>({defaultValues: {currentPassword: '', newPassword: ''}});
  const submit = handleSubmit(async (body) => {
    setDone(false);
    setFailure(null);
    try {
      await call(api.POST('/auth/password', {body}));
      reset();
      setDone(true);
    } catch (error) {
      if (error instanceof ApiError && error.errors.some((e) => e.field === 'currentPassword')) setError('currentPassword', {message: t.wrongPassword}, {shouldFocus: true});
      else if (error instanceof ApiError && error.errors.some((e) => e.field === 'newPassword')) setError('newPassword', {message: t.tooShort}, {shouldFocus: true});
      else setFailure(problemMessage(error));
    }
  });
  return (
    <section aria-labelledby="password-heading" className={styles.section}>
      <h2 id="password-heading">{t.passwordTitle}</h2>
      <form onSubmit={submit} noValidate className={styles.narrow}>
        <FormField id="current-password" label={t.currentPassword} error={formState.errors.currentPassword?.message} required requiredText={shared.required}>
          {(control) => <input {...control} {...register('currentPassword', {required: {value: true, message: shared.requiredMessage}})} type="password" autoComplete="current-password" className="app-control" />}
        </FormField>
        <FormField id="new-password" label={t.newPassword} error={formState.errors.newPassword?.message} required requiredText={shared.required}>
          {(control) => <input {...control} {...register('newPassword', {required: {value: true, message: shared.requiredMessage}, minLength: {value: 12, message: t.tooShort}})} type="password" autoComplete="new-password" className="app-control" />}
        </FormField>
        <div role="status">
          {done && <p className="alert alert--success">{t.passwordChanged}</p>}
          {failure && <p className="alert alert--danger">{failure}</p>}
        </div>
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
          {t.changePassword}
        </button>
      </form>
    </section>
  );
}

function ApiTokens(): ReactNode {
  const t = useText(settingsText);
  const shared = useText(supportText);
  const problemMessage = useProblemMessage();
  const client = useQueryClient();
  const tokens = useQuery({queryKey: ['my-tokens'], queryFn: () => call(api.GET('/auth/tokens'))});
  const [created, setCreated] = useState<Answer<'createApiToken', 201> | null>(null);
  const {register, handleSubmit, reset, formState} = useForm<{name: string; days: string}>({defaultValues: {name: '', days: ''}});
  const create = useMutation({
    mutationFn: (body: {name: string; expiresInDays?: number}) => call(api.POST('/auth/tokens', {body})),
    onSuccess: (token) => {
      setCreated(token);
      reset();
      void client.invalidateQueries({queryKey: ['my-tokens']});
    },
  });
  const revoke = useMutation({
    mutationFn: (id: string) => call(api.DELETE('/auth/tokens/{id}', {params: {path: {id}}})),
    onSuccess: () => void client.invalidateQueries({queryKey: ['my-tokens']}),
  });
  return (
    <section aria-labelledby="tokens-heading" className={styles.section}>
      <h2 id="tokens-heading">{t.tokensTitle}</h2>
      <p>{t.tokensIntro}</p>
      {tokens.isError && <ProblemNotice error={tokens.error} onRetry={() => tokens.refetch()} />}
      {tokens.data && tokens.data.items.length === 0 && <p>{t.noTokens}</p>}
      <ul className={styles.list}>
        {tokens.data?.items.map((token) => (
          <li key={token.id}>
            <strong>{token.name}</strong> · {t.tokenLine(token.prefix)} · {token.lastUsedAt ? <>{t.lastUsed} <DateTime iso={token.lastUsedAt} /></> : t.neverUsed}
            {token.expiresAt && (
              <>
                {' '}
                · {t.expires} <DateTime iso={token.expiresAt} />
              </>
            )}
            {token.revokedAt ? (
              <span> · {t.revoked}</span>
            ) : (
              <button type="button" className="button button--sm button--link" disabled={revoke.isPending} onClick={() => revoke.mutate(token.id)}>
                {t.revoke(token.name)}
              </button>
            )}
          </li>
        ))}
      </ul>
      <form
        noValidate
        className={styles.narrow}
        onSubmit={handleSubmit(({name, days}) => create.mutate({name, ...(days ? {expiresInDays: Number(days)} : {})}))}>
        <FormField id="token-name" label={t.tokenName} error={formState.errors.name?.message} required requiredText={shared.required}>
          {(control) => <input {...control} {...register('name', {required: {value: true, message: shared.requiredMessage}})} className="app-control" />}
        </FormField>
        <FormField id="token-days" label={t.tokenDays}>
          {(control) => <input {...control} {...register('days')} type="number" min={1} max={3650} className="app-control" />}
        </FormField>
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          {t.createToken}
        </button>
      </form>
      <div role="status">
        {create.isError && <p className="alert alert--danger">{problemMessage(create.error)}</p>}
        {created && (
          <div className="alert alert--success">
            <label htmlFor="created-token">{t.newToken}</label>
            <input id="created-token" className="app-control" readOnly value={created.token} onFocus={(event) => event.currentTarget.select()} />
          </div>
        )}
      </div>
    </section>
  );
}

function Shortcuts(): ReactNode {
  const t = useText(settingsText);
  const [enabled, setEnabled] = useShortcutsEnabled();
  return (
    <section aria-labelledby="shortcuts-heading" className={styles.section}>
      <h2 id="shortcuts-heading">{t.shortcutsTitle}</h2>
      <label className={styles.check}>
        <input type="checkbox" checked={enabled} onChange={(event) => setEnabled(event.target.checked)} /> {t.shortcutsOn}
      </label>
    </section>
  );
}

/** The agent's own settings: which e-mails, saved replies, the password, personal API tokens, keyboard shortcuts. */
export default function SettingsPage(): ReactNode {
  return (
    <>
      <MailSettings />
      <LanguageSetting />
      <SavedReplies />
      <PasswordForm />
      <ApiTokens />
      <Shortcuts />
    </>
  );
}

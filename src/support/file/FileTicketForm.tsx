import {useMemo, useRef, useState, type ReactNode} from 'react';
import {useForm, type FieldPath} from 'react-hook-form';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import type {FiledTicket, FileTicketBody, SearchSuggestion, SupportSettings} from '@site/src/api/types';
import {postMultipart} from '@site/src/api/upload';
import AttachmentPicker from '@site/src/components/AttachmentPicker';
import {attachmentProblems} from '@site/src/components/AttachmentPicker/checks';
import {formatDateTime} from '@site/src/components/DateTime';
import FormField from '@site/src/components/FormField';
import MarkdownEditor from '@site/src/components/MarkdownEditor';
import {pick, useLocale, useText, type Locale} from '@site/src/components/i18n';
import {fieldMessage} from '../fieldErrors';
import {useProblemMessage} from '../shell/ProblemNotice';
import {supportText} from '../text';
import {clearDraft, loadDraft, useDraft} from './draft';
import type {PageContext} from './pageContext';
import FilingSuggestions from './FilingSuggestions';
import type {SuggestionLog} from './suggestionLog';
import {fileText} from './text';
import styles from './styles.module.css';

export type FormValues = {
  subject: string;
  description: string;
  priority: '' | 'P1' | 'P2' | 'P3' | 'P4';
  category: string;
  tags: string[];
  name: string;
  email: string;
  organisation: string;
  phone: string;
  locale: Locale;
};

const draftKey = 'handover.support.new-ticket.v1';
/** The order fields appear in, so focus goes to the first one at fault. */
const fieldOrder: FieldPath<FormValues>[] = ['subject', 'description', 'priority', 'category', 'tags', 'name', 'email', 'organisation', 'phone', 'locale'];
const serverField: Record<string, FieldPath<FormValues>> = {
  subject: 'subject',
  description: 'description',
  priority: 'priority',
  category: 'category',
  tags: 'tags',
  'requester.name': 'name',
  'requester.email': 'email',
  'requester.organisation': 'organisation',
  'requester.phone': 'phone',
  'requester.locale': 'locale',
};

const codePoints = (value: string) => [...value].length;

/** The browser's IANA time zone, when it tells (every current browser does). */
function browserTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || undefined;
  } catch {
    return undefined;
  }
}

type Props = {
  settings: SupportSettings;
  context: PageContext | null;
  suggestionLog: SuggestionLog;
  onFiled: (ticket: FiledTicket, priority: string) => void;
  /** The customer said a suggested article solved the problem: no ticket. */
  onSolved: (suggestion: SearchSuggestion) => void;
};

export default function FileTicketForm({settings, context: initialContext, suggestionLog, onFiled, onSolved}: Props): ReactNode {
  const t = useText(fileText);
  const shared = useText(supportText);
  const locale = useLocale();
  const problemMessage = useProblemMessage();
  const stored = useMemo(() => loadDraft<Partial<FormValues> & {context?: PageContext | null}>(draftKey), []);
  const [context, setContext] = useState<PageContext | null>(initialContext ?? stored?.values.context ?? null);
  const [files, setFiles] = useState<File[]>([]);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [progress, setProgress] = useState<number[] | null>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const [draftNotice, setDraftNotice] = useState(Boolean(stored));
  const summaryRef = useRef<HTMLDivElement>(null);
  const attachmentsRef = useRef<HTMLDivElement>(null);

  const empty: FormValues = {subject: '', description: '', priority: '', category: '', tags: [], name: '', email: '', organisation: '', phone: '', locale};
  const {context: _storedContext, ...storedValues} = stored?.values ?? {};
  const {register, handleSubmit, watch, setError, setFocus, reset, formState} = useForm<FormValues>({
    defaultValues: {...empty, ...storedValues},
    shouldFocusError: true,
  });
  useDraft(draftKey, watch, {context});
  const description = watch('description');
  const subject = watch('subject');
  const priority = watch('priority');
  const errors = formState.errors;

  const required = {value: true, message: shared.requiredMessage};
  const maxChars = (max: number) => (value: string) => codePoints(value) <= max || t.tooLong(max);
  const error = (name: FieldPath<FormValues>) => (errors[name as keyof FormValues] as {message?: string} | undefined)?.message;

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const suggestions = suggestionLog.filed();
    // Both ways of filing carry it: the JSON body, and the multipart's `ticket` part which is that same body.
    const body: FileTicketBody = {
      subject: values.subject,
      description: values.description,
      priority: values.priority as FileTicketBody['priority'],
      category: values.category,
      ...(values.tags.length ? {tags: values.tags} : {}),
      requester: {
        name: values.name,
        email: values.email,
        ...(values.organisation.trim() ? {organisation: values.organisation} : {}),
        ...(values.phone.trim() ? {phone: values.phone} : {}),
        locale: values.locale,
        // The acknowledgement e-mail gives "we will answer by …" in the customer's own zone.
        ...(browserTimeZone() ? {timeZone: browserTimeZone()} : {}),
      },
      ...(context ? {context} : {}),
      ...(suggestions.length ? {suggestions} : {}),
    };
    try {
      const filed = files.length
        ? await postMultipart<FiledTicket>('/tickets', {fields: {ticket: JSON.stringify(body)}, files, onProgress: setProgress})
        : await call(api.POST('/tickets', {body}));
      clearDraft(draftKey);
      reset(empty);
      onFiled(filed, values.priority);
    } catch (failure) {
      setProgress(null);
      showFailure(failure);
    }
  });

  function showFailure(failure: unknown) {
    if (failure instanceof ApiError && failure.kind === 'problem' && attachmentProblems.has(failure.code)) {
      setFileErrors([failure.title]);
      attachmentsRef.current?.querySelector('button')?.focus();
      return;
    }
    if (failure instanceof ApiError && failure.kind === 'problem' && failure.errors.length) {
      const fields = failure.errors
        .map((fieldError) => ({name: serverField[fieldError.field], message: fieldMessage(fieldError, locale)}))
        .filter((entry): entry is {name: FieldPath<FormValues>; message: string} => Boolean(entry.name));
      for (const {name, message} of fields) setError(name, {type: 'server', message});
      const first = fieldOrder.find((name) => fields.some((entry) => entry.name === name));
      if (first) {
        setFocus(first);
        if (fields.length === failure.errors.length) return;
      }
    }
    setFormError(failure);
    requestAnimationFrame(() => summaryRef.current?.focus());
  }

  const errorCount = Object.keys(errors).length;
  const selectedPriority = settings.priorities.find((p) => p.id === priority);

  return (
    <form onSubmit={submit} noValidate className={styles.form} aria-describedby="file-ticket-draft">
      {draftNotice && stored && (
        <div className="alert alert--info margin-bottom--md" role="status">
          {t.draftRestored(formatDateTime(stored.savedAt, locale))}{' '}
          <button
            type="button"
            className="button button--sm button--link"
            onClick={() => {
              clearDraft(draftKey);
              reset(empty);
              setContext(initialContext);
              setDraftNotice(false);
            }}>
            {t.draftDiscard}
          </button>
        </div>
      )}
      <p id="file-ticket-draft" className={styles.note}>
        {t.draftKept}
      </p>

      {context && (
        <aside className={styles.context} aria-label={t.contextTitle}>
          <strong>{t.contextTitle}</strong>
          <div>
            <a href={context.url}>{context.title}</a>
            {context.version && <span className={styles.muted}> · {t.contextVersion(context.version)}</span>}
          </div>
          <button type="button" className="button button--sm button--link" onClick={() => setContext(null)}>
            {t.contextRemove}
          </button>
        </aside>
      )}

      <fieldset className={styles.section}>
        <legend>{t.problemSection}</legend>
        <div className={styles.problemGrid}>
        <FormField id="ticket-subject" label={t.subject} hint={t.subjectHint} error={error('subject')} required requiredText={shared.required}>
          {(control) => <input {...control} {...register('subject', {required, validate: maxChars(200)})} className="app-control" autoComplete="off" />}
        </FormField>
        <FormField id="ticket-description" label={t.descriptionLabel} hint={t.descriptionHint} error={error('description')} required requiredText={shared.required}>
          {(control) => <MarkdownEditor value={description ?? ''} textarea={{...control, ...register('description', {required, validate: maxChars(20_000)})}} />}
        </FormField>
        <FilingSuggestions subject={subject ?? ''} description={description ?? ''} onShown={suggestionLog.shown} onOpened={suggestionLog.opened} onSolved={onSolved} />

        <fieldset className={styles.priorityGroup} aria-describedby={[error('priority') ? 'ticket-priority-error' : '', 'ticket-priority-hint'].filter(Boolean).join(' ')} aria-invalid={error('priority') ? true : undefined}>
          <legend className={styles.legendLabel}>
            {t.priority}
            <span aria-hidden="true" className={styles.required}>
              {' '}*
            </span>
            <span className="sr-only"> ({shared.required})</span>
          </legend>
          <p id="ticket-priority-hint" className={styles.note}>
            {t.priorityHint}
          </p>
          <div className={styles.priorities}>
            {settings.priorities.map((option) => (
              <label key={option.id} className={styles.priorityOption}>
                <input type="radio" value={option.id} {...register('priority', {required})} />
                <span>
                  <strong>{pick(option.name, locale)}</strong>
                  <span className={styles.priorityMeaning}>{pick(option.meaning, locale)}</span>
                  <span className={styles.muted}>
                    {t.example} {pick(option.example, locale)} · {option.clock === 'around-the-clock' ? t.aroundTheClock : t.supportHours}
                  </span>
                </span>
              </label>
            ))}
          </div>
          {error('priority') && (
            <div id="ticket-priority-error" className={styles.error} role="alert">
              {error('priority')}
            </div>
          )}
          {selectedPriority?.id === 'P1' && settings.channels.emergency.phone && (
            <p className="alert alert--warning margin-top--sm" role="status">
              {t.nextP1} {settings.channels.emergency.phone}
            </p>
          )}
        </fieldset>

        <FormField id="ticket-category" label={t.category} error={error('category')} required requiredText={shared.required}>
          {(control) => (
            <select {...control} {...register('category', {required})} className="app-control">
              <option value="">{t.chooseCategory}</option>
              {settings.categories.map((category) => (
                <option key={category.id} value={category.id}>
                  {pick(category.name, locale)}
                </option>
              ))}
            </select>
          )}
        </FormField>

        {settings.publicTags.length > 0 && (
          <fieldset className={styles.tags} aria-describedby={error('tags') ? 'ticket-tags-error' : undefined}>
            <legend className={styles.legendLabel}>{t.tags}</legend>
            {settings.publicTags.map((tag) => (
              <label key={tag} className={styles.tag}>
                <input type="checkbox" value={tag} {...register('tags')} /> {tag}
              </label>
            ))}
            {error('tags') && (
              <div id="ticket-tags-error" className={styles.error} role="alert">
                {error('tags')}
              </div>
            )}
          </fieldset>
        )}

        <div ref={attachmentsRef}>
          <FormField id="ticket-attachments" label={t.attachments} hint={t.attachmentsHint} error={fileErrors.join(' ') || undefined}>
            {(control) => (
              <AttachmentPicker
                id={control.id}
                describedBy={control['aria-describedby']}
                files={files}
                onChange={(next) => {
                  setFiles(next);
                  setFileErrors([]);
                }}
                onRefused={setFileErrors}
                limits={settings.uploads}
                progress={progress}
                disabled={formState.isSubmitting}
              />
            )}
          </FormField>
        </div>
        </div>
      </fieldset>

      <fieldset className={styles.section}>
        <legend>{t.contactSection}</legend>
        <div className={styles.columns}>
          <FormField id="requester-name" label={t.name} error={error('name')} required requiredText={shared.required}>
            {(control) => <input {...control} {...register('name', {required, validate: maxChars(100)})} className="app-control" autoComplete="name" />}
          </FormField>
          <FormField id="requester-email" label={t.email} hint={t.emailHint} error={error('email')} required requiredText={shared.required}>
            {(control) => (
              <input
                {...control}
                {...register('email', {required, pattern: {value: /^[^\s@]+@[^\s@]+$/, message: t.emailShape}})}
                type="email"
                className="app-control"
                autoComplete="email"
                inputMode="email"
              />
            )}
          </FormField>
          <FormField id="requester-organisation" label={t.organisation} error={error('organisation')}>
            {(control) => <input {...control} {...register('organisation', {validate: maxChars(200)})} className="app-control" autoComplete="organization" />}
          </FormField>
          <FormField id="requester-phone" label={t.phone} hint={t.phoneHint} error={error('phone')}>
            {(control) => <input {...control} {...register('phone')} type="tel" className="app-control" autoComplete="tel" />}
          </FormField>
          <FormField id="requester-locale" label={t.language} error={error('locale')}>
            {(control) => (
              <select {...control} {...register('locale')} className="app-control">
                <option value="zh-Hans">{t.chinese}</option>
                <option value="en">{t.english}</option>
              </select>
            )}
          </FormField>
        </div>
      </fieldset>

      <div ref={summaryRef} tabIndex={-1} className={styles.summary}>
        {errorCount > 0 && !formError && (
          <p className={styles.error} role="alert">
            {t.fixErrors(errorCount)}
          </p>
        )}
        {formError !== null && (
          <div className="alert alert--danger" role="alert">
            {problemMessage(formError)}
          </div>
        )}
      </div>

      <button type="submit" className="button button--primary button--lg" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? (progress ? t.uploading : t.submitting) : t.submit}
      </button>
    </form>
  );
}

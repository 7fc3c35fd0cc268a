import {useEffect, useState, type MutableRefObject, type ReactNode} from 'react';
import {useMutation, useQuery} from '@tanstack/react-query';
import {useForm} from 'react-hook-form';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import type {ConversationMessage, SupportSettings} from '@site/src/api/types';
import {postMultipart} from '@site/src/api/upload';
import AttachmentPicker from '@site/src/components/AttachmentPicker';
import {attachmentProblems} from '@site/src/components/AttachmentPicker/checks';
import FormField from '@site/src/components/FormField';
import MarkdownEditor from '@site/src/components/MarkdownEditor';
import {useLocale, useText} from '@site/src/components/i18n';
import {clearDraft, loadDraft, useDraft} from '@site/src/support/file/draft';
import {fieldMessage} from '@site/src/support/fieldErrors';
import {useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import {supportText} from '@site/src/support/text';
import {workspaceText} from './text';
import styles from './styles.module.css';

type Kind = 'internal' | 'public';
type Draft = {body: string; kind: Kind};

/**
 * One editor for a public reply or an internal note. The default is the note (nothing reaches the customer by
 * accident); switching is an explicit choice, and the send buttons say who will read it. The draft (text and
 * kind) is kept in this browser through a reload or a session that ended.
 */
type EditorProps = {
  number: string;
  uploads: SupportSettings['uploads'] | undefined;
  closed: boolean;
  onSent: () => void;
  onWriting?: (writing: boolean) => void;
  /** Set by the editor: puts text at the cursor (the knowledge panel's links). */
  insertRef?: MutableRefObject<((text: string) => void) | null>;
};

export default function ReplyEditor({number, uploads, closed, onSent, onWriting, insertRef}: EditorProps): ReactNode {
  const t = useText(workspaceText);
  const shared = useText(supportText);
  const locale = useLocale();
  const problemMessage = useProblemMessage();
  const draftKey = `handover.console.reply.${number}.v1`;
  const [stored] = useState(() => loadDraft<Draft>(draftKey));
  const {register, handleSubmit, watch, reset, setError, setValue, setFocus, formState} = useForm<Draft>({defaultValues: {body: stored?.values.body ?? '', kind: stored?.values.kind ?? 'internal'}});
  useDraft(draftKey, watch);
  const kind = watch('kind');
  const writing = watch('body').trim().length > 0;
  useEffect(() => onWriting?.(writing), [writing, onWriting]);
  const [files, setFiles] = useState<File[]>([]);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [progress, setProgress] = useState<number[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [sent, setSent] = useState<Kind | null>(null);
  const [suggestedStatus, setSuggestedStatus] = useState<'pending' | 'resolved' | null>(null);
  const savedReplies = useQuery({queryKey: ['saved-replies'], queryFn: () => call(api.GET('/saved-replies')), staleTime: 60_000});
  // A saved reply is rendered by the server in the requester's language, placeholders filled, then inserted.
  const insert = useMutation({
    mutationFn: (id: string) => call(api.POST('/tickets/{number}/saved-replies/{id}/render', {params: {path: {number, id}}})),
    onSuccess: (rendered) => {
      const current = watch('body');
      setValue('kind', 'public', {shouldDirty: true});
      setValue('body', current.trim() ? `${current.replace(/\s*$/, '')}\n\n${rendered.body}` : rendered.body, {shouldDirty: true});
      setSuggestedStatus(rendered.status === 'pending' || rendered.status === 'resolved' ? rendered.status : null);
      setFocus('body');
    },
  });

  // A link goes in at the cursor (or the end), in whichever mode the editor is: the agent may be noting it for a
  // colleague. In a note, a line under the editor says that the customer will not see it until sent as a reply.
  const [insertedInNote, setInsertedInNote] = useState(false);
  useEffect(() => {
    if (!insertRef) return;
    insertRef.current = (text) => {
      const body = watch('body');
      const box = document.getElementById('editor-body') as HTMLTextAreaElement | null;
      // A box never clicked into has its cursor at 0: then the link goes at the end, after what is written.
      const atCursor = box && !(box.selectionStart === 0 && box.selectionEnd === 0 && body);
      const start = atCursor ? box.selectionStart : body.length;
      const end = atCursor ? box.selectionEnd : start;
      const before = body.slice(0, start);
      const spacer = before && !/\s$/.test(before) ? ' ' : '';
      const next = `${before}${spacer}${text}${body.slice(end)}`;
      setValue('body', next, {shouldDirty: true});
      setInsertedInNote(watch('kind') === 'internal');
      const caret = before.length + spacer.length + text.length;
      requestAnimationFrame(() => {
        const field = document.getElementById('editor-body') as HTMLTextAreaElement | null;
        if (!field) return;
        field.scrollIntoView({block: 'nearest'});
        field.focus();
        field.setSelectionRange(caret, caret);
      });
    };
    return () => {
      insertRef.current = null;
    };
  }, [insertRef, watch, setValue]);

  const send = (status?: 'pending' | 'resolved') =>
    handleSubmit(async ({body, kind: visibility}) => {
      setFailure(null);
      setSent(null);
      const fields = {body, visibility, ...(status ? {status} : {})};
      try {
        await (files.length
          ? postMultipart<ConversationMessage>(`/tickets/${encodeURIComponent(number)}/messages`, {fields, files, onProgress: setProgress})
          : call(api.POST('/tickets/{number}/messages', {params: {path: {number}}, body: fields})));
        clearDraft(draftKey);
        reset({body: '', kind: 'internal'}); // back to the safe default after each message
        setFiles([]);
        setProgress(null);
        setSent(visibility);
        setSuggestedStatus(null);
        onSent();
      } catch (error) {
        setProgress(null);
        if (error instanceof ApiError && attachmentProblems.has(error.code)) setFileErrors([error.title]);
        else if (error instanceof ApiError && error.errors.some((e) => e.field === 'body')) {
          setError('body', {type: 'server', message: fieldMessage(error.errors.find((e) => e.field === 'body')!, locale)}, {shouldFocus: true});
        } else setFailure(error);
      }
    });

  return (
    <section aria-labelledby="editor-heading" className={kind === 'internal' ? styles.editorNote : styles.editorReply}>
      <h2 id="editor-heading">{t.editorTitle}</h2>
      <form onSubmit={send()} noValidate>
        <fieldset className={styles.kind}>
          <legend>{t.kind}</legend>
          <label>
            <input type="radio" value="internal" {...register('kind')} /> {t.kindNote}
          </label>
          <label>
            <input type="radio" value="public" {...register('kind')} disabled={closed} /> {t.kindReply}
          </label>
        </fieldset>
        {savedReplies.data && savedReplies.data.items.length > 0 && (
          <label className={styles.savedReply}>
            <span>{t.insertSaved}</span>
            <select
              className="app-control"
              value=""
              disabled={closed || insert.isPending}
              onChange={(event) => {
                if (event.target.value) insert.mutate(event.target.value);
              }}>
              <option value="">{t.chooseSaved}</option>
              {savedReplies.data.items.map((reply) => (
                <option key={reply.id} value={reply.id}>
                  {reply.name}
                  {reply.status ? ` → ${reply.status === 'pending' ? t.sendPending : t.sendResolved}` : ''}
                </option>
              ))}
            </select>
          </label>
        )}
        {insert.isError && <p className="alert alert--danger">{problemMessage(insert.error)}</p>}
        <FormField id="editor-body" label={kind === 'internal' ? t.bodyNote : t.bodyReply} hint={t.draftKept} error={formState.errors.body?.message} required requiredText={shared.required}>
          {(control) => <MarkdownEditor value={watch('body')} textarea={{...control, ...register('body', {required: {value: true, message: shared.requiredMessage}})}} />}
        </FormField>
        {uploads && (
          <FormField id="editor-attachments" label={t.attachments} error={fileErrors.join(' ') || undefined}>
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
                limits={uploads}
                progress={progress}
                disabled={formState.isSubmitting}
              />
            )}
          </FormField>
        )}
        <div role="status">
          {failure !== null && <p className="alert alert--danger">{problemMessage(failure)}</p>}
          {sent && <p className="alert alert--success">{sent === 'internal' ? t.sentNote : t.sentReply}</p>}
          {insertedInNote && kind === 'internal' && <p className="alert alert--info">{t.linkInNote}</p>}
        </div>
        <div className={styles.sendRow}>
          {kind === 'internal' ? (
            <button type="submit" className="button button--secondary" disabled={formState.isSubmitting}>
              {formState.isSubmitting ? t.sending : t.addNote}
            </button>
          ) : (
            <>
              <button type="submit" className={`button ${suggestedStatus ? 'button--secondary' : 'button--primary'}`} disabled={formState.isSubmitting}>
                {formState.isSubmitting ? t.sending : t.sendReply}
              </button>
              <button type="button" className={`button ${suggestedStatus === 'pending' ? 'button--primary' : 'button--secondary'}`} disabled={formState.isSubmitting} onClick={() => void send('pending')()}>
                {t.sendPending}
              </button>
              <button type="button" className={`button ${suggestedStatus === 'resolved' ? 'button--primary' : 'button--secondary'}`} disabled={formState.isSubmitting} onClick={() => void send('resolved')()}>
                {t.sendResolved}
              </button>
            </>
          )}
        </div>
      </form>
    </section>
  );
}

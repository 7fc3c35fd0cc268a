import {useRef, useState, type ReactNode} from 'react';
import {useForm} from 'react-hook-form';
import {api, bearer, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import type {ConversationMessage, SupportSettings} from '@site/src/api/types';
import {postMultipart} from '@site/src/api/upload';
import AttachmentPicker from '@site/src/components/AttachmentPicker';
import {attachmentProblems} from '@site/src/components/AttachmentPicker/checks';
import FormField from '@site/src/components/FormField';
import MarkdownEditor from '@site/src/components/MarkdownEditor';
import {useLocale, useText} from '@site/src/components/i18n';
import {clearDraft, loadDraft, useDraft} from '../file/draft';
import {fieldMessage} from '../fieldErrors';
import {useProblemMessage} from '../shell/ProblemNotice';
import {supportText} from '../text';
import {trackText} from './text';


type Props = {number: string; token: string; uploads: SupportSettings['uploads']; onSent: () => void};

/** A public reply with files; its text is kept in this browser until the server has it. */
export default function ReplyBox({number, token, uploads, onSent}: Props): ReactNode {
  const t = useText(trackText);
  const shared = useText(supportText);
  const locale = useLocale();
  const problemMessage = useProblemMessage();
  const draftKey = `handover.support.reply.${number}.v1`;
  const [stored] = useState(() => loadDraft<{body: string}>(draftKey));
  const {register, handleSubmit, watch, reset, setError, setFocus, formState} = useForm<{body: string}>({defaultValues: {body: stored?.values.body ?? ''}});
  useDraft(draftKey, watch);
  const [files, setFiles] = useState<File[]>([]);
  const [fileErrors, setFileErrors] = useState<string[]>([]);
  const [progress, setProgress] = useState<number[] | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [sent, setSent] = useState(false);
  const status = useRef<HTMLDivElement>(null);

  const submit = handleSubmit(async ({body}) => {
    setFailure(null);
    setSent(false);
    try {
      await (files.length
        ? postMultipart<ConversationMessage>(`/tickets/${encodeURIComponent(number)}/messages`, {fields: {body, visibility: 'public'}, files, token, onProgress: setProgress})
        : call(api.POST('/tickets/{number}/messages', {params: {path: {number}}, body: {body, visibility: 'public'}, ...bearer(token)})));
      clearDraft(draftKey);
      reset({body: ''});
      setFiles([]);
      setProgress(null);
      setSent(true);
      onSent();
    } catch (error) {
      setProgress(null);
      if (error instanceof ApiError && attachmentProblems.has(error.code)) {
        setFileErrors([error.title]);
      } else if (error instanceof ApiError && error.errors.some((e) => e.field === 'body')) {
        setError('body', {type: 'server', message: fieldMessage(error.errors.find((e) => e.field === 'body')!, locale)});
        setFocus('body');
      } else {
        setFailure(error);
      }
      status.current?.focus();
    }
  });

  return (
    <section aria-labelledby="reply-heading">
      <h2 id="reply-heading">
        {t.replyHeading}
      </h2>
      <form onSubmit={submit} noValidate>
        <FormField id="reply-body" label={t.replyLabel} hint={t.replyHint} error={formState.errors.body?.message} required requiredText={shared.required}>
          {(control) => <MarkdownEditor value={watch('body')} textarea={{...control, ...register('body', {required: {value: true, message: shared.requiredMessage}})}} />}
        </FormField>
        <FormField id="reply-attachments" label={t.replyFiles} error={fileErrors.join(' ') || undefined}>
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
        <div ref={status} tabIndex={-1}>
          {failure !== null && (
            <div className="alert alert--danger" role="alert">
              {problemMessage(failure)}
            </div>
          )}
          {sent && (
            <p className="alert alert--success" role="status">
              {t.sent}
            </p>
          )}
        </div>
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t.sending : t.send}
        </button>
      </form>
    </section>
  );
}

import {useState, type ReactNode} from 'react';
import {useMutation, useQuery, useQueryClient} from '@tanstack/react-query';
import {useForm} from 'react-hook-form';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import type {Answer} from '@site/src/api/types';
import FormField from '@site/src/components/FormField';
import {defineText, useLocale, useText} from '@site/src/components/i18n';
import {fieldMessage} from '@site/src/support/fieldErrors';
import {ProblemNotice, useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import {supportText} from '@site/src/support/text';
import {useSession} from '../session/useSession';
import styles from './styles.module.css';

const text = defineText({
  title: {zh: '常用回复', en: 'Saved replies'},
  intro: {
    zh: '回复时可以插入的答复，中英文各一份，按客户的语言选用。可用占位符：{{requester.name}}、{{ticket.number}}、{{ticket.subject}}、{{tracking.link}}、{{agent.name}}。个人回复只有您能看到；共享回复所有员工可见，只有管理员可以修改。',
    en: 'Answers you insert while replying, one in each language, picked by the customer’s. Placeholders: {{requester.name}}, {{ticket.number}}, {{ticket.subject}}, {{tracking.link}}, {{agent.name}}. Personal replies are yours alone; shared ones are seen by all staff and changed by admins only.',
  },
  none: {zh: '还没有常用回复。', en: 'No saved replies yet.'},
  shared: {zh: '共享', en: 'shared'},
  personal: {zh: '个人', en: 'personal'},
  edit: (name: string) => ({zh: `编辑 ${name}`, en: `Edit ${name}`}),
  remove: (name: string) => ({zh: `删除 ${name}`, en: `Delete ${name}`}),
  newTitle: {zh: '新建常用回复', en: 'New saved reply'},
  editTitle: (name: string) => ({zh: `编辑：${name}`, en: `Editing: ${name}`}),
  name: {zh: '名称', en: 'Name'},
  bodyZh: {zh: '中文内容', en: 'Chinese text'},
  bodyEn: {zh: '英文内容', en: 'English text'},
  status: {zh: '同时设置状态', en: 'Also set the status'},
  noStatus: {zh: '不改变', en: 'No change'},
  pending: {zh: '等待客户', en: 'Waiting for customer'},
  resolved: {zh: '已解决', en: 'Resolved'},
  scope: {zh: '范围', en: 'Scope'},
  save: {zh: '保存', en: 'Save'},
  cancel: {zh: '取消编辑', en: 'Cancel editing'},
  saved: {zh: '已保存。', en: 'Saved.'},
});

type Reply = Answer<'listSavedReplies'>['items'][number];
type Form = {name: string; bodyZh: string; bodyEn: string; status: '' | 'pending' | 'resolved'; scope: 'personal' | 'shared'};
const empty: Form = {name: '', bodyZh: '', bodyEn: '', status: '', scope: 'personal'};
const fields = ['name', 'bodyZh', 'bodyEn'] as const;

/** Personal and (for admins) shared saved replies: list, create, edit against the version read, delete. */
export default function SavedReplies(): ReactNode {
  const t = useText(text);
  const shared = useText(supportText);
  const locale = useLocale();
  const problemMessage = useProblemMessage();
  const {user} = useSession();
  const client = useQueryClient();
  const replies = useQuery({queryKey: ['saved-replies'], queryFn: () => call(api.GET('/saved-replies'))});
  const [editing, setEditing] = useState<Reply | null>(null);
  const [done, setDone] = useState(false);
  const {register, handleSubmit, reset, setError, formState} = useForm<Form>({defaultValues: empty});
  const refresh = () => void client.invalidateQueries({queryKey: ['saved-replies']});
  const remove = useMutation({mutationFn: (id: string) => call(api.DELETE('/saved-replies/{id}', {params: {path: {id}}})), onSuccess: refresh});

  const submit = handleSubmit(async (form) => {
    setDone(false);
    const status = form.status || null;
    try {
      if (editing) {
        await call(api.PATCH('/saved-replies/{id}', {params: {path: {id: editing.id}}, body: {version: editing.version, name: form.name, bodyZh: form.bodyZh, bodyEn: form.bodyEn, status}}));
      } else {
        await call(api.POST('/saved-replies', {body: {name: form.name, bodyZh: form.bodyZh, bodyEn: form.bodyEn, status, scope: form.scope}}));
      }
      setEditing(null);
      reset(empty);
      setDone(true);
      refresh();
    } catch (error) {
      const known = error instanceof ApiError ? error.errors.filter((e) => (fields as readonly string[]).includes(e.field)) : [];
      if (known.length) for (const e of known) setError(e.field as (typeof fields)[number], {message: fieldMessage(e, locale)}, {shouldFocus: true});
      else setError('root', {message: problemMessage(error)});
    }
  });

  return (
    <section aria-labelledby="saved-heading" className={styles.section}>
      <h2 id="saved-heading">{t.title}</h2>
      <p>{t.intro}</p>
      {replies.isError && <ProblemNotice error={replies.error} onRetry={() => replies.refetch()} />}
      {replies.data && replies.data.items.length === 0 && <p>{t.none}</p>}
      <ul className={styles.list}>
        {replies.data?.items.map((reply) => (
          <li key={reply.id}>
            <strong>{reply.name}</strong> · {reply.scope === 'shared' ? t.shared : t.personal}
            {reply.status ? ` · ${reply.status === 'pending' ? t.pending : t.resolved}` : ''}
            {reply.editable && (
              <>
                {' '}
                <button
                  type="button"
                  className="button button--sm button--link"
                  onClick={() => {
                    setEditing(reply);
                    reset({name: reply.name, bodyZh: reply.bodyZh, bodyEn: reply.bodyEn, status: (reply.status as Form['status']) ?? '', scope: reply.scope});
                  }}>
                  {t.edit(reply.name)}
                </button>
                <button type="button" className="button button--sm button--link" disabled={remove.isPending} onClick={() => remove.mutate(reply.id)}>
                  {t.remove(reply.name)}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <h3>{editing ? t.editTitle(editing.name) : t.newTitle}</h3>
      <form onSubmit={submit} noValidate className={styles.narrow}>
        <FormField id="saved-name" label={t.name} error={formState.errors.name?.message} required requiredText={shared.required}>
          {(control) => <input {...control} {...register('name', {required: {value: true, message: shared.requiredMessage}})} className="app-control" />}
        </FormField>
        <FormField id="saved-body-zh" label={t.bodyZh} error={formState.errors.bodyZh?.message} required requiredText={shared.required}>
          {(control) => <textarea {...control} {...register('bodyZh', {required: {value: true, message: shared.requiredMessage}})} className="app-control" rows={4} />}
        </FormField>
        <FormField id="saved-body-en" label={t.bodyEn} error={formState.errors.bodyEn?.message} required requiredText={shared.required}>
          {(control) => <textarea {...control} {...register('bodyEn', {required: {value: true, message: shared.requiredMessage}})} className="app-control" rows={4} />}
        </FormField>
        <FormField id="saved-status" label={t.status}>
          {(control) => (
            <select {...control} {...register('status')} className="app-control">
              <option value="">{t.noStatus}</option>
              <option value="pending">{t.pending}</option>
              <option value="resolved">{t.resolved}</option>
            </select>
          )}
        </FormField>
        {!editing && user.role === 'admin' && (
          <FormField id="saved-scope" label={t.scope}>
            {(control) => (
              <select {...control} {...register('scope')} className="app-control">
                <option value="personal">{t.personal}</option>
                <option value="shared">{t.shared}</option>
              </select>
            )}
          </FormField>
        )}
        <div role="status">
          {done && <p className="alert alert--success">{t.saved}</p>}
          {formState.errors.root?.message && <p className="alert alert--danger">{formState.errors.root.message}</p>}
          {remove.isError && <p className="alert alert--danger">{problemMessage(remove.error)}</p>}
        </div>
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
          {t.save}
        </button>{' '}
        {editing && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setEditing(null);
              reset(empty);
            }}>
            {t.cancel}
          </button>
        )}
      </form>
    </section>
  );
}

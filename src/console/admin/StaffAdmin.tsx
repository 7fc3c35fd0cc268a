import {useState, type ReactNode} from 'react';
import {useMutation, useQuery, useQueryClient} from '@tanstack/react-query';
import {useForm} from 'react-hook-form';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import FormField from '@site/src/components/FormField';
import {useLocale, useText} from '@site/src/components/i18n';
import {fieldMessage} from '@site/src/support/fieldErrors';
import {ProblemNotice, useProblemMessage} from '@site/src/support/shell/ProblemNotice';
import {supportText} from '@site/src/support/text';
import {adminText} from './text';
import styles from './styles.module.css';

type NewStaff = {name: string; email: string; role: 'agent' | 'admin'; locale: 'zh-Hans' | 'en'; onCall: boolean; password: string};

export default function StaffAdmin(): ReactNode {
  const t = useText(adminText);
  const shared = useText(supportText);
  const locale = useLocale();
  const problemMessage = useProblemMessage();
  const client = useQueryClient();
  const staff = useQuery({queryKey: ['admin-staff'], queryFn: () => call(api.GET('/staff'))});
  const [createdName, setCreatedName] = useState<string | null>(null);
  const refresh = () => void client.invalidateQueries({predicate: (q) => q.queryKey[0] === 'admin-staff' || q.queryKey[0] === 'staff-directory'});
  const update = useMutation({
    mutationFn: ({id, change}: {id: string; change: {role?: 'agent' | 'admin'; active?: boolean; onCall?: boolean}}) => call(api.PATCH('/staff/{id}', {params: {path: {id}}, body: change})),
    onSuccess: refresh,
  });
  const {register, handleSubmit, reset, setError, formState} = useForm<NewStaff>({defaultValues: {name: '', email: '', role: 'agent', locale: 'zh-Hans', onCall: false, password: ''}});
  const create = handleSubmit(async (body) => {
    setCreatedName(null);
    try {
      await call(api.POST('/staff', {body}));
      setCreatedName(body.name);
      reset();
      refresh();
    } catch (error) {
      if (error instanceof ApiError && error.errors.length) {
        for (const fieldError of error.errors) {
          const field = fieldError.field as keyof NewStaff;
          if (['name', 'email', 'password'].includes(field)) setError(field, {message: fieldMessage(fieldError, locale)}, {shouldFocus: true});
        }
      } else setError('root', {message: problemMessage(error)});
    }
  });

  if (staff.isPending) return <p role="status">{shared.loading}</p>;
  if (staff.isError) return <ProblemNotice error={staff.error} onRetry={() => staff.refetch()} />;
  return (
    <>
      <div className={styles.tableWrap} tabIndex={0} role="region" aria-label={t.staffTab}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t.name}</th>
              <th scope="col">{t.email}</th>
              <th scope="col">{t.role}</th>
              <th scope="col">{t.onCall}</th>
              <th scope="col">{t.status}</th>
              <th scope="col">{t.actions}</th>
            </tr>
          </thead>
          <tbody>
            {staff.data.items.map((member) => (
              <tr key={member.id}>
                <td>{member.name}</td>
                <td>{'email' in member ? member.email : ''}</td>
                <td>{member.role === 'admin' ? t.admin : t.agent}</td>
                <td>{member.onCall ? '✓' : '—'}</td>
                <td>{member.active ? t.active : t.inactive}</td>
                <td className={styles.actions}>
                  <button type="button" className="button button--sm button--secondary" disabled={update.isPending} onClick={() => update.mutate({id: member.id, change: {role: member.role === 'admin' ? 'agent' : 'admin'}})}>
                    {member.role === 'admin' ? t.makeAgent(member.name) : t.makeAdmin(member.name)}
                  </button>
                  <button type="button" className="button button--sm button--secondary" disabled={update.isPending} onClick={() => update.mutate({id: member.id, change: {onCall: !member.onCall}})}>
                    {member.onCall ? t.onCallOff(member.name) : t.onCallOn(member.name)}
                  </button>
                  <button type="button" className="button button--sm button--secondary" disabled={update.isPending} onClick={() => update.mutate({id: member.id, change: {active: !member.active}})}>
                    {member.active ? t.deactivate(member.name) : t.reactivate(member.name)}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div role="status">{update.isError && <p className="alert alert--danger">{problemMessage(update.error)}</p>}</div>

      <h3>{t.addStaff}</h3>
      <form onSubmit={create} noValidate className={styles.form}>
        <FormField id="staff-name" label={t.name} error={formState.errors.name?.message} required requiredText={shared.required}>
          {(control) => <input {...control} {...register('name', {required: {value: true, message: shared.requiredMessage}})} className="app-control" />}
        </FormField>
        <FormField id="staff-email" label={t.email} error={formState.errors.email?.message} required requiredText={shared.required}>
          {(control) => <input {...control} {...register('email', {required: {value: true, message: shared.requiredMessage}})} type="email" className="app-control" />}
        </FormField>
        <FormField id="staff-role" label={t.role}>
          {(control) => (
            <select {...control} {...register('role')} className="app-control">
              <option value="agent">{t.agent}</option>
              <option value="admin">{t.admin}</option>
            </select>
          )}
        </FormField>
        <FormField id="staff-locale" label={t.language}>
          {(control) => (
            <select {...control} {...register('locale')} className="app-control">
              <option value="zh-Hans">简体中文</option>
              <option value="en">English</option>
            </select>
          )}
        </FormField>
        <label className={styles.check}>
          <input type="checkbox" {...register('onCall')} /> {t.onCall}
        </label>
        <FormField id="staff-password" label={t.firstPassword} error={formState.errors.password?.message} required requiredText={shared.required}>
          {(control) => <input {...control} {...register('password', {required: {value: true, message: shared.requiredMessage}})} type="password" autoComplete="new-password" className="app-control" />}
        </FormField>
        <div role="status">
          {createdName && <p className="alert alert--success">{t.created(createdName)}</p>}
          {formState.errors.root?.message && <p className="alert alert--danger">{formState.errors.root.message}</p>}
        </div>
        <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
          {t.create}
        </button>
      </form>
    </>
  );
}

import {useState, type ReactNode} from 'react';
import {useMutation} from '@tanstack/react-query';
import {api, call} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import {useText} from '@site/src/components/i18n';
import {fragmentToken} from '../fragment';
import {ProblemNotice} from '../shell/ProblemNotice';
import {confirmAddressText} from './text';

/** The P1 address confirmation: nothing happens until the customer clicks, because mail scanners open links. */
export default function ConfirmAddress(): ReactNode {
  const t = useText(confirmAddressText);
  const [token] = useState(fragmentToken);
  const confirm = useMutation({mutationFn: (value: string) => call(api.POST('/address-confirmations', {body: {token: value}}))});
  if (!token) return <p className="alert alert--info">{t.missing}</p>;
  if (confirm.isSuccess) {
    const {ticketNumber, paged} = confirm.data;
    return (
      <p className="alert alert--success" role="status">
        {paged ? t.paged(ticketNumber) : t.notPaged(ticketNumber)}
      </p>
    );
  }
  const invalid = confirm.error instanceof ApiError && ['not_found', 'link_expired', 'validation_failed'].includes(confirm.error.code);
  return (
    <>
      <p>{t.why}</p>
      {invalid ? <p className="alert alert--warning" role="alert">{t.invalid}</p> : confirm.isError && <ProblemNotice error={confirm.error} />}
      {!invalid && (
        <button type="button" className="button button--primary button--lg" disabled={confirm.isPending} onClick={() => confirm.mutate(token)}>
          {confirm.isPending ? t.confirming : t.confirm}
        </button>
      )}
    </>
  );
}

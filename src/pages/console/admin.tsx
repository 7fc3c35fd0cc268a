import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import AdminPage from '@site/src/console/admin/AdminPage';
import {adminText} from '@site/src/console/admin/text';
import ConsolePage from '@site/src/console/shell/ConsolePage';

export default function ConsoleAdminPage(): ReactNode {
  const text = useText(adminText);
  return <ConsolePage title={text.title}>{() => <AdminPage />}</ConsolePage>;
}

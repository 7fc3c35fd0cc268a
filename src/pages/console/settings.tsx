import type {ReactNode} from 'react';
import {useText} from '@site/src/components/i18n';
import SettingsPage from '@site/src/console/settings/SettingsPage';
import {settingsText} from '@site/src/console/settings/text';
import ConsolePage from '@site/src/console/shell/ConsolePage';

export default function ConsoleSettingsPage(): ReactNode {
  const text = useText(settingsText);
  return <ConsolePage title={text.title}>{() => <SettingsPage />}</ConsolePage>;
}

import type { RadioOption } from '../../components/fields';
import { t } from '../../i18n';
import type { FollowFrequency } from './api';

/** The two answers to "how often", worded the same wherever they are asked. */
export const frequencyOptions = (): RadioOption<FollowFrequency>[] => [
  { value: 'immediate', label: t('follow-frequency-immediate') },
  { value: 'daily', label: t('follow-frequency-daily') },
];

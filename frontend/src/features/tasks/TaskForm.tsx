import { api } from '../../api';
import type { NewTask } from './api';
import { FormAlert } from '../../components/FormAlert';
import { SelectField, TextArea, TextField } from '../../components/fields';
import { useAction } from '../../hooks/useAction';
import { useFormValues } from '../../hooks/useFormValues';
import { useResource } from '../../hooks/useResource';
import { isActiveStatus, issueName } from '../issues/logic';
import { t } from '../../i18n';
import {
  LEASE_HOURS_MAX,
  SKILLS_MAX,
  TASK_DESCRIPTION_MAX,
  TASK_SLOTS_MAX,
  TASK_TITLE_MAX,
  validateTaskDraft,
  type TaskDraft,
} from './logic';

/** The form's field labels, in the active language. */
export const taskLabels = () => ({
  title: t('task-field-title'),
  description: t('task-field-description'),
  issue_id: t('task-field-issue'),
  address: t('task-field-address'),
  starts_at: t('task-field-starts-at'),
  ends_at: t('task-field-ends-at'),
  slots: t('task-field-slots'),
  lease_hours: t('task-field-lease-hours'),
  skills: t('task-field-skills'),
  accessibility: t('task-field-accessibility'),
  equipment: t('task-field-equipment'),
});
const FIELDS = [
  'title',
  'description',
  'issue_id',
  'address',
  'starts_at',
  'ends_at',
  'slots',
  'lease_hours',
  'skills',
  'accessibility',
  'equipment',
];
/** Server field paths that map onto this form's inputs. */
const ALIASES = { location: 'address', 'location.lat': 'address', 'location.lon': 'address' };

/**
 * Create or edit a task. Checks what it can before sending; the server's per-field messages land
 * beside the same fields. `onSubmit` rejects with the server's error to show it.
 */
export function TaskForm({
  neighbourhoodId,
  initial,
  submitLabel,
  busyLabel,
  onSubmit,
  onCancel,
}: {
  neighbourhoodId: string;
  initial: TaskDraft;
  submitLabel: string;
  busyLabel?: string;
  onSubmit: (task: NewTask) => Promise<void>;
  onCancel?: () => void;
}) {
  const { values, set } = useFormValues<TaskDraft>(initial);
  const save = useAction(onSubmit, { fields: FIELDS, aliases: ALIASES });
  const { busy, feedback } = save;
  const issues = useResource(`${neighbourhoodId}:issues`, (signal) =>
    api.neighbourhoods.issues(neighbourhoodId, { limit: 50 }, signal),
  );
  const issueChoices = (issues.data?.items ?? []).filter(
    (issue) => isActiveStatus(issue.status) || issue.id === values.issue_id,
  );

  const submit = (event: Event) => {
    event.preventDefault();
    const checked = validateTaskDraft(values);
    if (!checked.ok) return save.invalid(checked.errors);
    void save.run(checked.value);
  };

  const error = (name: keyof TaskDraft) => feedback.fields[name];
  const labels = taskLabels();
  return (
    <form class="form" onSubmit={submit} noValidate>
      <FormAlert feedback={feedback} labels={labels} />
      <TextField
        name="title"
        label={labels.title}
        maxLength={TASK_TITLE_MAX}
        required
        value={values.title}
        onValue={set('title')}
        error={error('title')}
      />
      <TextArea
        name="description"
        label={labels.description}
        rows={4}
        maxLength={TASK_DESCRIPTION_MAX}
        value={values.description}
        onValue={set('description')}
        error={error('description')}
      />
      <div class="task-times">
        <TextField
          name="starts_at"
          type="datetime-local"
          label={labels.starts_at}
          value={values.starts_at}
          onValue={set('starts_at')}
          error={error('starts_at')}
        />
        <TextField
          name="ends_at"
          type="datetime-local"
          label={labels.ends_at}
          value={values.ends_at}
          onValue={set('ends_at')}
          error={error('ends_at')}
        />
      </div>
      <p class="hint">{t('task-field-times-hint')}</p>
      <TextField
        name="slots"
        type="number"
        inputMode="numeric"
        min={1}
        max={TASK_SLOTS_MAX}
        step={1}
        label={labels.slots}
        required
        value={values.slots}
        onValue={set('slots')}
        error={error('slots')}
      />
      <TextField
        name="lease_hours"
        type="number"
        inputMode="numeric"
        min={1}
        max={LEASE_HOURS_MAX}
        step={1}
        label={labels.lease_hours}
        hint={t('task-field-lease-hours-hint', { usual: 48 })}
        value={values.lease_hours}
        onValue={set('lease_hours')}
        error={error('lease_hours')}
      />
      <TextField
        name="address"
        label={labels.address}
        autoComplete="off"
        value={values.address}
        onValue={set('address')}
        error={error('address')}
      />
      <SelectField
        name="issue_id"
        label={labels.issue_id}
        hint={t('task-field-issue-hint')}
        value={values.issue_id}
        onValue={set('issue_id')}
        error={error('issue_id')}
      >
        <option value="">{t('task-field-issue-none')}</option>
        {issueChoices.map((issue) => (
          <option key={issue.id} value={issue.id}>
            {issueName(issue)}
          </option>
        ))}
        {values.issue_id && !issueChoices.some((i) => i.id === values.issue_id) && (
          <option value={values.issue_id}>{t('task-field-issue-current')}</option>
        )}
      </SelectField>
      <TextField
        name="skills"
        label={labels.skills}
        hint={t('task-field-skills-hint', { max: SKILLS_MAX })}
        value={values.skills}
        onValue={set('skills')}
        error={error('skills')}
      />
      <TextArea
        name="accessibility"
        label={labels.accessibility}
        hint={t('task-field-accessibility-hint')}
        rows={2}
        value={values.accessibility}
        onValue={set('accessibility')}
        error={error('accessibility')}
      />
      <TextArea
        name="equipment"
        label={labels.equipment}
        hint={t('task-field-equipment-hint')}
        rows={2}
        value={values.equipment}
        onValue={set('equipment')}
        error={error('equipment')}
      />
      <p class="actions">
        <button type="submit" disabled={busy}>
          {busy ? (busyLabel ?? t('task-saving')) : submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="button--quiet" onClick={onCancel}>
            {t('task-cancel-editing')}
          </button>
        )}
      </p>
    </form>
  );
}

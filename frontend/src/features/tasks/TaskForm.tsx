import { api } from '../../api';
import type { NewTask } from './api';
import { FormAlert } from '../../components/FormAlert';
import { SelectField, TextArea, TextField } from '../../components/fields';
import { useAction } from '../../hooks/useAction';
import { useFormValues } from '../../hooks/useFormValues';
import { useResource } from '../../hooks/useResource';
import { isActiveStatus, issueName } from '../issues/logic';
import {
  LEASE_HOURS_MAX,
  TASK_DESCRIPTION_MAX,
  TASK_SLOTS_MAX,
  TASK_TITLE_MAX,
  validateTaskDraft,
  type TaskDraft,
} from './logic';

export const TASK_LABELS = {
  title: 'Title',
  description: 'What needs doing (optional)',
  issue_id: 'Related problem (optional)',
  address: 'Where (optional)',
  starts_at: 'Starts (optional)',
  ends_at: 'Ends (optional)',
  slots: 'People needed',
  lease_hours: 'Hold a place for how many hours (optional)',
  skills: 'Skills (optional)',
  accessibility: 'Accessibility (optional)',
  equipment: 'Equipment (optional)',
};
const FIELDS = Object.keys(TASK_LABELS);
/** Server field paths that map onto this form's inputs. */
const ALIASES = { location: 'address', 'location.lat': 'address', 'location.lon': 'address' };

/** How a shared issue is named in the "Related problem" list. */

/**
 * Create or edit a task. Checks what it can before sending; the server's per-field messages land
 * beside the same fields. `onSubmit` rejects with the server's error to show it.
 */
export function TaskForm({
  neighbourhoodId,
  initial,
  submitLabel,
  busyLabel = 'Saving…',
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
  return (
    <form class="form" onSubmit={submit} noValidate>
      <FormAlert feedback={feedback} labels={TASK_LABELS} />
      <TextField
        name="title"
        label={TASK_LABELS.title}
        maxLength={TASK_TITLE_MAX}
        required
        value={values.title}
        onValue={set('title')}
        error={error('title')}
      />
      <TextArea
        name="description"
        label={TASK_LABELS.description}
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
          label={TASK_LABELS.starts_at}
          value={values.starts_at}
          onValue={set('starts_at')}
          error={error('starts_at')}
        />
        <TextField
          name="ends_at"
          type="datetime-local"
          label={TASK_LABELS.ends_at}
          value={values.ends_at}
          onValue={set('ends_at')}
          error={error('ends_at')}
        />
      </div>
      <p class="hint">Leave both times empty for a task that can be done any time.</p>
      <TextField
        name="slots"
        type="number"
        inputMode="numeric"
        min={1}
        max={TASK_SLOTS_MAX}
        step={1}
        label={TASK_LABELS.slots}
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
        label={TASK_LABELS.lease_hours}
        hint="For tasks without times: how long a volunteer’s place is held before they must extend it. 48 if empty."
        value={values.lease_hours}
        onValue={set('lease_hours')}
        error={error('lease_hours')}
      />
      <TextField
        name="address"
        label={TASK_LABELS.address}
        autoComplete="off"
        value={values.address}
        onValue={set('address')}
        error={error('address')}
      />
      <SelectField
        name="issue_id"
        label={TASK_LABELS.issue_id}
        hint="Hours given on this task then count towards that problem."
        value={values.issue_id}
        onValue={set('issue_id')}
        error={error('issue_id')}
      >
        <option value="">None</option>
        {issueChoices.map((issue) => (
          <option key={issue.id} value={issue.id}>
            {issueName(issue)}
          </option>
        ))}
        {values.issue_id && !issueChoices.some((i) => i.id === values.issue_id) && (
          <option value={values.issue_id}>The problem linked now</option>
        )}
      </SelectField>
      <TextField
        name="skills"
        label={TASK_LABELS.skills}
        hint="Separate them with commas, like: gardening, driving. At most 10."
        value={values.skills}
        onValue={set('skills')}
        error={error('skills')}
      />
      <TextArea
        name="accessibility"
        label={TASK_LABELS.accessibility}
        hint="Step-free access, seating, quiet time: what helps people take part."
        rows={2}
        value={values.accessibility}
        onValue={set('accessibility')}
        error={error('accessibility')}
      />
      <TextArea
        name="equipment"
        label={TASK_LABELS.equipment}
        hint="What is provided, and what to bring."
        rows={2}
        value={values.equipment}
        onValue={set('equipment')}
        error={error('equipment')}
      />
      <p class="actions">
        <button type="submit" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
        {onCancel && (
          <button type="button" class="button--quiet" onClick={onCancel}>
            Cancel editing
          </button>
        )}
      </p>
    </form>
  );
}

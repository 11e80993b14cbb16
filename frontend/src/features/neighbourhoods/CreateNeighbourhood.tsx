import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { api, type JoinPolicy, type Visibility } from '../../api';
import { Page } from '../../components/Page';
import { RadioGroup, TextArea, TextField, type RadioOption } from '../../components/fields';
import { FormAlert } from '../../components/FormAlert';
import { useAction } from '../../hooks/useAction';
import { useFormValues } from '../../hooks/useFormValues';
import { useSession } from '../../session/session';
import { currentPosition, roundCoordinate } from '../../lib/geo';
import {
  DESCRIPTION_MAX,
  NAME_MAX,
  RADIUS_MAX,
  RADIUS_MIN,
  validateNeighbourhood,
  type NeighbourhoodDraft,
} from '../../lib/validation';
import { signInHref } from '../../lib/nextPath';

const LABELS = {
  name: 'Name',
  description: 'Description (optional)',
  visibility: 'Who can see it',
  join_policy: 'How people join',
  lat: 'Centre latitude',
  lon: 'Centre longitude',
  radius_m: 'Radius in metres',
};
const FIELDS = Object.keys(LABELS);
/** Server field paths that map onto this form's inputs. */
const ALIASES = { 'center.lat': 'lat', 'center.lon': 'lon', center: 'lat' };

const visibilityOptions: RadioOption<Visibility>[] = [
  { value: 'public', label: 'Public', hint: 'Anyone can find it and see what happens there.' },
  { value: 'private', label: 'Private', hint: 'Only members can find it or see inside.' },
];

const joinPolicyOptions: RadioOption<JoinPolicy>[] = [
  { value: 'open', label: 'Open', hint: 'Anyone can join straight away.' },
  { value: 'approval', label: 'By approval', hint: 'A coordinator approves each request to join.' },
];

const emptyDraft: NeighbourhoodDraft = {
  name: '',
  description: '',
  visibility: 'public',
  join_policy: 'open',
  lat: '',
  lon: '',
  radius_m: '500',
};

function CreateForm() {
  const { route } = useLocation();
  const { reload } = useSession();
  const { values, setValues, set } = useFormValues(emptyDraft);
  const [locating, setLocating] = useState(false);
  const create = useAction(api.neighbourhoods.create, {
    fields: FIELDS,
    aliases: ALIASES,
    onSuccess: (created) => {
      void reload(); // the header's "your neighbourhoods" now includes it
      route(`/neighbourhoods/${created.id}`);
    },
  });
  const { busy, feedback } = create;

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const checked = validateNeighbourhood(values);
    if (!checked.ok) return create.invalid(checked.errors);
    void create.run(checked.value);
  };

  const useMyLocation = async () => {
    setLocating(true);
    try {
      const here = await currentPosition();
      setValues((v) => ({
        ...v,
        lat: String(roundCoordinate(here.lat)),
        lon: String(roundCoordinate(here.lon)),
      }));
    } catch (error) {
      create.invalid({ fields: {}, summary: (error as Error).message, other: [] });
    } finally {
      setLocating(false);
    }
  };

  const f = feedback.fields;
  return (
    <form class="form" onSubmit={onSubmit} noValidate>
      <FormAlert feedback={feedback} labels={LABELS} />
      <TextField
        name="name"
        label={LABELS.name}
        hint={`3 to ${NAME_MAX} characters.`}
        maxLength={NAME_MAX}
        required
        value={values.name}
        onValue={set('name')}
        error={f.name}
      />
      <TextArea
        name="description"
        label={LABELS.description}
        hint="What is this place, and what do neighbours want to do together?"
        rows={5}
        maxLength={DESCRIPTION_MAX}
        value={values.description}
        onValue={set('description')}
        error={f.description}
      />
      <RadioGroup
        name="visibility"
        legend={LABELS.visibility}
        options={visibilityOptions}
        value={values.visibility}
        onValue={set('visibility')}
        error={f.visibility}
      />
      <RadioGroup
        name="join_policy"
        legend={LABELS.join_policy}
        options={joinPolicyOptions}
        value={values.join_policy}
        onValue={set('join_policy')}
        error={f.join_policy}
      />
      <fieldset class="field">
        <legend>Where it is</legend>
        <p class="hint">
          The centre of the area as a map gives it (like 51.4545, -2.5879), and how far it reaches.
        </p>
        <div class="field-row">
          <TextField
            name="lat"
            label={LABELS.lat}
            inputMode="decimal"
            required
            value={values.lat}
            onValue={set('lat')}
            error={f.lat}
          />
          <TextField
            name="lon"
            label={LABELS.lon}
            inputMode="decimal"
            required
            value={values.lon}
            onValue={set('lon')}
            error={f.lon}
          />
        </div>
        <button type="button" class="button--quiet" onClick={useMyLocation} disabled={locating}>
          {locating ? 'Finding you…' : 'Use my location'}
        </button>
        <TextField
          name="radius_m"
          label={LABELS.radius_m}
          hint={`From ${RADIUS_MIN} to ${RADIUS_MAX}.`}
          inputMode="numeric"
          required
          value={values.radius_m}
          onValue={set('radius_m')}
          error={f.radius_m}
        />
      </fieldset>
      <button type="submit" disabled={busy}>
        {busy ? 'Creating…' : 'Create neighbourhood'}
      </button>
    </form>
  );
}

export function CreateNeighbourhood() {
  const { state } = useSession();
  const { path } = useLocation();
  return (
    <Page title="Start a neighbourhood">
      {state.status === 'signed-in' ? (
        <>
          <p>You will be its first coordinator: you can approve members and share the role with others.</p>
          <CreateForm />
        </>
      ) : state.status === 'loading' ? (
        <p>Checking your session…</p>
      ) : (
        <p>
          <a href={signInHref(path)}>Sign in</a> or{' '}
          <a href={signInHref(path, '/signup')}>create an account</a> to start a neighbourhood.
        </p>
      )}
    </Page>
  );
}

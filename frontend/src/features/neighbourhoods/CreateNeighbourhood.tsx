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
  NAME_MIN,
  RADIUS_MAX,
  RADIUS_MIN,
  validateNeighbourhood,
  type NeighbourhoodDraft,
} from '../../lib/validation';
import { signInHref } from '../../lib/nextPath';
import { t } from '../../i18n';
import { Markup } from '../../i18n/Markup';

/** The fields' labels, worded at each render in the language active then. */
const fieldLabels = () => ({
  name: t('nbh-create-name'),
  description: t('nbh-create-description'),
  visibility: t('nbh-create-visibility'),
  join_policy: t('nbh-create-join-policy'),
  lat: t('nbh-create-lat'),
  lon: t('nbh-create-lon'),
  radius_m: t('nbh-create-radius'),
});
const FIELDS = ['name', 'description', 'visibility', 'join_policy', 'lat', 'lon', 'radius_m'];
/** Server field paths that map onto this form's inputs. */
const ALIASES = { 'center.lat': 'lat', 'center.lon': 'lon', center: 'lat' };

const visibilityOptions = (): RadioOption<Visibility>[] => [
  { value: 'public', label: t('visibility-public'), hint: t('nbh-create-public-hint') },
  { value: 'private', label: t('visibility-private'), hint: t('nbh-create-private-hint') },
];

const joinPolicyOptions = (): RadioOption<JoinPolicy>[] => [
  { value: 'open', label: t('nbh-create-open'), hint: t('nbh-create-open-hint') },
  { value: 'approval', label: t('nbh-create-approval'), hint: t('member-coordinator-approves') },
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
  const LABELS = fieldLabels();
  return (
    <form class="form" onSubmit={onSubmit} noValidate>
      <FormAlert feedback={feedback} labels={LABELS} />
      <TextField
        name="name"
        label={LABELS.name}
        hint={t('nbh-create-name-hint', { min: NAME_MIN, max: NAME_MAX })}
        maxLength={NAME_MAX}
        required
        value={values.name}
        onValue={set('name')}
        error={f.name}
      />
      <TextArea
        name="description"
        label={LABELS.description}
        hint={t('nbh-create-description-hint')}
        rows={5}
        maxLength={DESCRIPTION_MAX}
        value={values.description}
        onValue={set('description')}
        error={f.description}
      />
      <RadioGroup
        name="visibility"
        legend={LABELS.visibility}
        options={visibilityOptions()}
        value={values.visibility}
        onValue={set('visibility')}
        error={f.visibility}
      />
      <RadioGroup
        name="join_policy"
        legend={LABELS.join_policy}
        options={joinPolicyOptions()}
        value={values.join_policy}
        onValue={set('join_policy')}
        error={f.join_policy}
      />
      <fieldset class="field">
        <legend>{t('nbh-create-where')}</legend>
        <p class="hint">{t('nbh-create-where-hint')}</p>
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
          {locating ? t('nbh-finding-you') : t('nbh-use-my-location')}
        </button>
        <TextField
          name="radius_m"
          label={LABELS.radius_m}
          hint={t('nbh-create-radius-hint', { min: RADIUS_MIN, max: RADIUS_MAX })}
          inputMode="numeric"
          required
          value={values.radius_m}
          onValue={set('radius_m')}
          error={f.radius_m}
        />
      </fieldset>
      <button type="submit" disabled={busy}>
        {busy ? t('nbh-creating') : t('nbh-create-submit')}
      </button>
    </form>
  );
}

export function CreateNeighbourhood() {
  const { state } = useSession();
  const { path } = useLocation();
  return (
    <Page title={t('nbh-create-title')}>
      {state.status === 'signed-in' ? (
        <>
          <p>{t('nbh-create-intro')}</p>
          <CreateForm />
        </>
      ) : state.status === 'loading' ? (
        <p>{t('nbh-checking-session')}</p>
      ) : (
        <p>
          <Markup
            id="nbh-create-sign-in"
            elements={{
              signin: <a href={signInHref(path)} />,
              signup: <a href={signInHref(path, '/signup')} />,
            }}
          />
        </p>
      )}
    </Page>
  );
}

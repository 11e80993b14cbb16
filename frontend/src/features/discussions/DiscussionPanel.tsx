import { useState } from 'preact/hooks';
import { discussionsApi } from './api';
import { useResource } from '../../hooks/useResource';
import { useSession } from '../../session/session';
import { Composer } from './Composer';
import { ThreadPosts } from './ThreadPosts';
import { ErrorAlert } from '../../components/Alert';
import { t } from '../../i18n';

/**
 * The discussion of an issue or a task, on its page: its posts, or, before the first post, a
 * composer whose first post starts it.
 */
export function DiscussionPanel({
  kind,
  subjectId,
  neighbourhoodId,
}: {
  kind: 'issue' | 'task';
  subjectId: string;
  neighbourhoodId: string;
}) {
  const { me } = useSession();
  const [version, setVersion] = useState(0);
  const found = useResource(`${kind}:${subjectId}:${version}:${me?.id ?? ''}`, (signal) =>
    discussionsApi.discussion(kind, subjectId, signal),
  );
  const discussion = found.data;
  return (
    <section aria-labelledby="discussion-heading">
      <h2 id="discussion-heading">{t('thread-discussion-heading')}</h2>
      <ErrorAlert error={found.error} />
      {discussion?.thread ? (
        <ThreadPosts thread={discussion.thread} onThreadChanged={() => setVersion((v) => v + 1)} />
      ) : discussion ? (
        discussion.can_post ? (
          <Composer
            name={`discussion-${subjectId}`}
            neighbourhoodId={neighbourhoodId}
            label={kind === 'issue' ? t('thread-start-issue-discussion') : t('thread-start-task-discussion')}
            submitLabel={t('post-submit')}
            onSubmit={async (body) => {
              await discussionsApi.postToDiscussion(kind, subjectId, { body });
              setVersion((v) => v + 1);
            }}
          />
        ) : (
          <p>{t('thread-discussion-none')}</p>
        )
      ) : null}
    </section>
  );
}

// Files in the library that could not be read: what went wrong and where they were moved.
import { useT } from '../../i18n/intl-root';
import { useAppStore } from '../../store';

export function ProblemsBanner() {
  const t = useT();
  const problems = useAppStore((state) => state.problems);
  if (problems.length === 0) return null;
  const heading = t('library.unreadable', { count: problems.length });
  return (
    <div className="banner banner-warning" role="alert">
      <p>
        <strong>{heading}</strong> {t('library.unreadableKept')}
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={problem.movedTo}>
            {t('library.unreadableFile', {
              file: problem.file,
              reason: problem.reason,
              movedTo: problem.movedTo,
            })}
          </li>
        ))}
      </ul>
    </div>
  );
}

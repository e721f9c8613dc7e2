// Files in the library that could not be read: what went wrong and where they were moved.
import { useAppStore } from '../../store';

export function ProblemsBanner() {
  const problems = useAppStore((state) => state.problems);
  if (problems.length === 0) return null;
  return (
    <div className="banner banner-warning" role="alert">
      <p>
        <strong>
          {problems.length === 1
            ? 'One file in this library could not be read.'
            : `${problems.length} files in this library could not be read.`}
        </strong>{' '}
        The rest of the library is fine. Each file was kept, moved aside so it can be repaired:
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={problem.movedTo}>
            {problem.file}: {problem.reason}. Now at {problem.movedTo}.
          </li>
        ))}
      </ul>
    </div>
  );
}

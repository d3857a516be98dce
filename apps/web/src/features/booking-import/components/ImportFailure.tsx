import { Code, ScrollArea, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { hasErrorCode } from '../../../api/api-error';
import { useErrorMessage } from '../../../api/useErrorMessage';
import { fieldViolations } from '../../../api/validation-details';
import { FormError } from '../../../components/FormError';
import { importProblems, type ImportProblems, type ProblemWording } from '../booking-import';

/** In the reader's language when the API gave a known code; the API's English words otherwise. */
function problemText(t: TFunction, problem: ProblemWording): string {
  return problem.code ? t(`bookingImport.problem.${problem.code}`, problem.params) : problem.message;
}

function RowProblemsAlert({ problems }: { problems: ImportProblems }) {
  const { t } = useTranslation();
  return (
    <FormError
      title={t(problems.countComplete ? 'bookingImport.problems.title' : 'bookingImport.problems.titleAtLeast', {
        count: problems.rowProblemCount,
      })}
    >
      <ScrollArea.Autosize mah={360} type="auto">
        <Table fz="sm" aria-label={t('bookingImport.problems.table')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('bookingImport.problems.row')}</Table.Th>
              <Table.Th>{t('bookingImport.problems.column')}</Table.Th>
              <Table.Th>{t('bookingImport.problems.message')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {problems.shown.map((problem, index) => (
              // A row and column can have two problems (a desk booked twice in the file and already booked);
              // the list never reorders, so its position identifies a problem.
              <Table.Tr key={index}>
                <Table.Td>{problem.row}</Table.Td>
                <Table.Td>
                  <Code>{problem.column}</Code>
                </Table.Td>
                <Table.Td>{problemText(t, problem)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {problems.more > 0 && (
        <Text size="sm" mt="xs">
          {t('bookingImport.problems.more', { count: problems.more })}
        </Text>
      )}
    </FormError>
  );
}

/**
 * Why an import was refused: each bad row in a table; otherwise what is wrong with the file as a whole
 * (worded by its code) or with the request.
 */
export function ImportFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const problems = importProblems(fieldViolations(error));
  if (problems.rowProblemCount > 0) return <RowProblemsAlert problems={problems} />;
  // The general PAYLOAD_TOO_LARGE text names no limit; an import's is API_LIMITS.maxImportBytes.
  const tooLarge = hasErrorCode(error, 'PAYLOAD_TOO_LARGE');
  const message =
    problems.fileProblems.map((problem) => problemText(t, problem)).join(' ') ||
    (tooLarge ? t('bookingImport.file.tooLarge') : errorMessage(error));
  return <FormError title={t('bookingImport.failed')}>{message}</FormError>;
}

/**
 * "Why this date?" (为什么是这一天？): how a deadline's last day was reached, told in the reader's language
 * from the deadline's structured parts (its inputs, nominal last day, month-end clamping, each rest day
 * moved over with its holiday and notice or the make-up working day 调休上班, and the lapse at 24:00
 * China Standard Time) — never from the English `explanation` string the API also carries.
 */
import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useId, useState } from 'react';
import { addDays } from '../../../../domain/calendar';
import type { Schemas } from '../../http/client';
import { useMessages } from '../../i18n/console';
import type { Messages } from '../../i18n/messages';

type Deadline = Schemas['Deadline'];
type Day = Schemas['DeadlineDay'];
type Notice = Schemas['DeadlineDays']['notices'][number];
type Why = Messages['cases']['why'];

/** Runs of consecutive moved-over days of the same kind and holiday, to be told as one. */
function runsOf(days: Day[]): Day[][] {
  const runs: Day[][] = [];
  for (const day of days) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (
      run &&
      last &&
      addDays(last.date, 1) === day.date &&
      last.kind === day.kind &&
      last.holiday?.zh === day.holiday?.zh
    )
      run.push(day);
    else runs.push([day]);
  }
  return runs;
}

function noticesFor(year: number | null, notices: Notice[], why: Why): string {
  const chosen = notices.filter((notice) => notice.year === year);
  if (chosen.length === 0) return why.noticeUnknown;
  return chosen
    .map((notice) => why.notice(notice.title, notice.documentNumber, notice.issued))
    .join(why.listJoin);
}

/** The explanation, sentence by sentence. */
export function explainDeadline(deadline: Deadline, why: Why): string[] {
  const { inputs, days } = deadline;
  const sentences: string[] = [];
  if (inputs.extends && inputs.months) sentences.push(why.extends(inputs.extends, inputs.months));
  else if (inputs.months) sentences.push(why.fromMonths(inputs.from, inputs.months));
  else if (inputs.days) sentences.push(why.fromDays(inputs.from, inputs.days));

  if (!days) {
    sentences.push(why.older);
    sentences.push(why.lapse(deadline.lastDay, addDays(deadline.lastDay, 1)));
    return sentences;
  }

  const nominal = days.nominalLastDay;
  sentences.push(why.nominal(nominal.date, nominal.weekday));
  if (deadline.clampedToMonthEnd)
    sentences.push(why.clamped(nominal.date.slice(0, 7), Number(inputs.from.slice(8))));

  for (const run of runsOf(days.movedOver)) {
    const first = run[0]!;
    const last = run.at(-1)!;
    if (first.kind === 'public_holiday' && first.holiday) {
      const notices = noticesFor(first.noticeYear, days.notices, why);
      const holiday = why.holidayName(first.holiday);
      sentences.push(
        run.length === 1
          ? why.holiday(first.date, first.weekday, holiday, notices)
          : why.holidayRun(first.date, last.date, holiday, notices),
      );
    } else {
      sentences.push(
        run.length === 1 ? why.weekend(first.date, first.weekday) : why.weekendRun(first.date, last.date),
      );
    }
  }

  const lastDay = days.lastDay;
  if (days.movedOver.length > 0) sentences.push(why.movedTo(lastDay.date, lastDay.weekday));
  if (lastDay.kind === 'make_up_working_day' && lastDay.holiday)
    sentences.push(
      why.makeUpDay(
        lastDay.date,
        lastDay.weekday,
        why.holidayName(lastDay.holiday),
        noticesFor(lastDay.noticeYear, days.notices, why),
      ),
    );
  else if (days.movedOver.length === 0) sentences.push(why.stays(lastDay.date, lastDay.weekday));

  const yearsNotInTable = deadline.restDays?.yearsNotInTable ?? [];
  if (yearsNotInTable.length > 0)
    sentences.push(
      why.yearsNotInTable(
        yearsNotInTable.join(why.listJoin),
        inputs.holidayTableVersion ?? days.holidayTableVersion,
      ),
    );
  if (inputs.holidayTableVersion && inputs.holidayTableVersion !== days.holidayTableVersion)
    sentences.push(why.tableVersion(inputs.holidayTableVersion, days.holidayTableVersion));
  sentences.push(why.lapse(lastDay.date, days.lapsesOn));
  return sentences;
}

/** A button that opens the explanation beneath it. */
export function WhyThisDate({ deadline }: { deadline: Deadline }) {
  const messages = useMessages();
  const [open, setOpen] = useState(false);
  const panel = useId();
  return (
    <div>
      <Button
        type="link"
        icon={<QuestionCircleOutlined />}
        aria-expanded={open}
        aria-controls={panel}
        onClick={() => setOpen(!open)}
        // The theme's link colour under the pointer too: antd's lighter hover blue falls short of AA.
        style={{ paddingInline: 0, color: '#1d4f91' }}
      >
        {messages.cases.deadlines.why}
      </Button>
      <ol
        id={panel}
        hidden={!open}
        data-testid="why-this-date"
        style={{ marginTop: 8, paddingInlineStart: 20 }}
      >
        {explainDeadline(deadline, messages.cases.why).map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ol>
    </div>
  );
}

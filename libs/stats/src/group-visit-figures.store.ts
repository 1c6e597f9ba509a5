import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Scope } from './stats-scope';
import type { SchoolFigures } from './stats.views';

/** School group visits as booking publishes them (`group_visit_facts`, docs/table-ownership.md, "Read models"). */
@Injectable()
export class GroupVisitFiguresStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Group visits dated in the period (requested ones by the day they were asked for) at the venues in scope. */
  async figures(scope: Scope): Promise<{
    totals: {
      requested: number;
      approved: number;
      students: number;
      teachers: number;
      feedback: number;
      averageRating: number | null;
    };
    byGrade: { key: string; n: number }[];
    bySchool: SchoolFigures[];
  }> {
    const inScope = `FROM group_visit_facts g JOIN venue_facts res ON res.id = g.resource_id
                     WHERE ${scope.where(3)}
                       AND coalesce(g.visit_date, (g.created_at AT TIME ZONE 'Asia/Shanghai')::date) BETWEEN $1 AND $2`;
    const params = [scope.from, scope.to, scope.param];
    const [[totals], byGrade, bySchool] = await Promise.all([
      this.dataSource.query(
        `SELECT count(*)::int AS requested, count(*) FILTER (WHERE g.status = 'approved')::int AS approved,
                coalesce(sum(g.students) FILTER (WHERE g.status = 'approved'), 0)::int AS students,
                coalesce(sum(g.teachers) FILTER (WHERE g.status = 'approved'), 0)::int AS teachers,
                count(g.rating)::int AS feedback, avg(g.rating)::float AS "averageRating" ${inScope}`,
        params,
      ),
      this.dataSource.query(
        `SELECT g.grade_band AS key, sum(g.students)::int AS n ${inScope} AND g.status = 'approved' GROUP BY 1`,
        params,
      ),
      this.dataSource.query(
        `SELECT g.school_id AS "schoolId", o.name, count(*)::int AS visits, sum(g.students)::int AS students
           ${inScope.replace('WHERE', 'JOIN organisation_names o ON o.id = g.school_id WHERE')} AND g.status = 'approved'
          GROUP BY g.school_id, o.name ORDER BY students DESC, o.name LIMIT 100`,
        params,
      ),
    ]);
    return { totals, byGrade, bySchool };
  }

  /** Students of the approved visits in the period at the venues filed under these regions. */
  async approvedStudents(from: string, to: string, regionCodes: string[]): Promise<number> {
    const [{ students }] = await this.dataSource.query(
      `SELECT coalesce(sum(g.students), 0)::int AS students
         FROM group_visit_facts g JOIN venue_facts res ON res.id = g.resource_id
        WHERE g.status = 'approved' AND g.visit_date BETWEEN $1 AND $2
          AND res.region_code = ANY($3::text[])`,
      [from, to, regionCodes],
    );
    return students;
  }
}

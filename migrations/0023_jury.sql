-- The jury (issue [6/8]): external experts scoring applications on the call's own
-- criteria, with conflicts of interest declared and assignments published by UIL.

-- A juror belongs to one Member State, on the account, as a National Commission does.
ALTER TABLE users DROP CONSTRAINT users_role_check;
ALTER TABLE users ADD CONSTRAINT users_role_check
    CHECK (role IN ('applicant', 'natcom', 'uil_reviewer', 'uil_admin', 'jury'));
ALTER TABLE users DROP CONSTRAINT users_check;
ALTER TABLE users ADD CONSTRAINT users_country_for_role
    CHECK ((role IN ('natcom', 'jury')) = (country IS NOT NULL));
CREATE INDEX users_jury_idx ON users (id) WHERE role = 'jury';

-- Jurors disagree on an application when the spread (sample standard deviation) of
-- their scores is at or above the call's threshold.
ALTER TABLE calls ADD COLUMN disagreement_threshold double precision NOT NULL DEFAULT 1.0
    CHECK (disagreement_threshold BETWEEN 0.1 AND 3.0);

-- The rubric: each call's criteria, their names and descriptions in the languages UIL
-- wrote them (English always), and their weights.
CREATE TABLE criteria (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    call_id      bigint   NOT NULL REFERENCES calls (id),
    position     smallint NOT NULL CHECK (position >= 1),
    weight       smallint NOT NULL CHECK (weight BETWEEN 1 AND 10),
    names        jsonb    NOT NULL CHECK (jsonb_typeof(names) = 'object' AND names ? 'en'),
    descriptions jsonb    NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(descriptions) = 'object'),
    UNIQUE (call_id, position)
);

-- The five fixed criteria of migration 0007 become every existing call's rubric (on a
-- new database there is no call yet: the 2023 call gets it with its reference data).
CREATE TEMPORARY TABLE rubric_2023 (position smallint, weight smallint, names jsonb, descriptions jsonb);
INSERT INTO rubric_2023 VALUES
        (1, 1, '{"en": "Commitment of the city''s leadership", "fr": "Engagement des dirigeants de la ville", "es": "Compromiso de los dirigentes de la ciudad", "ar": "التزام قيادة المدينة", "zh": "城市领导层的承诺", "ru": "Приверженность руководства города"}'::jsonb,
         '{"en": "The mayor and the city''s leadership commit to building a learning city: political will, a unit responsible for it and a budget.", "fr": "Le maire et les dirigeants de la ville s''engagent à créer une ville apprenante : une volonté politique, une structure qui en a la charge et un budget.", "es": "El alcalde y los dirigentes de la ciudad se comprometen a construir una ciudad del aprendizaje: voluntad política, una unidad encargada de ello y un presupuesto.", "ar": "يلتزم رئيس البلدية وقيادة المدينة ببناء مدينة التعلّم: إرادة سياسية، ووحدة تتولى المسؤولية عنها، وميزانية.", "zh": "市长和城市领导层承诺建设学习型城市：具有政治意愿，设有负责机构，并安排预算。", "ru": "Мэр и руководство города берут на себя обязательство по созданию обучающегося города: политическая воля, подразделение, отвечающее за эту работу, и бюджет."}'::jsonb),
        (2, 1, '{"en": "Strategy and plans", "fr": "Stratégie et plans", "es": "Estrategia y planes", "ar": "الاستراتيجية والخطط", "zh": "战略与规划", "ru": "Стратегия и планы"}'::jsonb,
         '{"en": "A strategy or plan for lifelong learning for all, with goals, actions and a timeline.", "fr": "Une stratégie ou un plan d''apprentissage tout au long de la vie pour tous, avec des objectifs, des actions et un calendrier.", "es": "Una estrategia o un plan de aprendizaje a lo largo de toda la vida para todos, con objetivos, acciones y un calendario.", "ar": "استراتيجية أو خطة للتعلّم مدى الحياة للجميع، تتضمن أهدافاً وإجراءات وجدولاً زمنياً.", "zh": "制定面向全民的终身学习战略或规划，包含目标、行动和时间表。", "ru": "Стратегия или план обучения на протяжении всей жизни для всех с указанием целей, мер и сроков."}'::jsonb),
        (3, 1, '{"en": "Participation of stakeholders", "fr": "Participation des parties prenantes", "es": "Participación de las partes interesadas", "ar": "مشاركة أصحاب المصلحة", "zh": "利益攸关方的参与", "ru": "Участие заинтересованных сторон"}'::jsonb,
         '{"en": "Education providers, civil society, the private sector and citizens take part in planning and carrying out the learning city.", "fr": "Les prestataires d''éducation, la société civile, le secteur privé et les citoyens participent à la planification et à la mise en œuvre de la ville apprenante.", "es": "Los proveedores de educación, la sociedad civil, el sector privado y la ciudadanía participan en la planificación y la ejecución de la ciudad del aprendizaje.", "ar": "تشارك الجهات المقدِّمة للتعليم والمجتمع المدني والقطاع الخاص والمواطنون في تخطيط مدينة التعلّم وتنفيذها.", "zh": "教育提供者、民间社会、私营部门和市民参与学习型城市的规划与实施。", "ru": "Поставщики образовательных услуг, гражданское общество, частный сектор и горожане участвуют в планировании и создании обучающегося города."}'::jsonb),
        (4, 1, '{"en": "Feasibility and resources", "fr": "Faisabilité et ressources", "es": "Viabilidad y recursos", "ar": "الجدوى والموارد", "zh": "可行性与资源", "ru": "Осуществимость и ресурсы"}'::jsonb,
         '{"en": "The plans can be carried out with the people, money and partnerships the city describes.", "fr": "Les plans peuvent être mis en œuvre avec les personnes, les moyens financiers et les partenariats que décrit la ville.", "es": "Los planes pueden llevarse a cabo con las personas, los fondos y las alianzas que describe la ciudad.", "ar": "يمكن تنفيذ الخطط بالموارد البشرية والأموال والشراكات التي تصفها المدينة.", "zh": "依靠城市所介绍的人员、资金和伙伴关系，各项规划能够付诸实施。", "ru": "Планы можно осуществить с теми кадрами, средствами и партнёрствами, которые описывает город."}'::jsonb),
        (5, 1, '{"en": "Fit with the six features of the call", "fr": "Adéquation avec les six caractéristiques de l''appel", "es": "Adecuación a las seis características de la convocatoria", "ar": "الانسجام مع السمات الست المذكورة في الدعوة", "zh": "与征集所列六项特征的契合度", "ru": "Соответствие шести характеристикам, указанным в объявлении о приёме заявок"}'::jsonb,
         '{"en": "The application addresses the six features of a learning city that the call names.", "fr": "La candidature traite des six caractéristiques d''une ville apprenante énoncées dans l''appel.", "es": "La candidatura aborda las seis características de una ciudad del aprendizaje que enumera la convocatoria.", "ar": "يتناول الطلب السمات الست لمدينة التعلّم المذكورة في الدعوة.", "zh": "申请回应了征集所列的学习型城市六项特征。", "ru": "В заявке рассмотрены шесть характеристик обучающегося города, указанных в объявлении о приёме заявок."}'::jsonb)
;

INSERT INTO criteria (call_id, position, weight, names, descriptions)
SELECT c.id, r.position, r.weight, r.names, r.descriptions
  FROM calls c CROSS JOIN rubric_2023 r
 ORDER BY c.id, r.position;

-- A score per criterion, instead of a column per fixed criterion. An assessment is a
-- draft until it is handed in (`submitted_at`); the existing ones were all handed in.
CREATE TABLE assessment_scores (
    assessment_id bigint   NOT NULL REFERENCES assessments (id) ON DELETE CASCADE,
    criterion_id  bigint   NOT NULL REFERENCES criteria (id),
    score         smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (assessment_id, criterion_id)
);
CREATE INDEX assessment_scores_criterion_idx ON assessment_scores (criterion_id);

INSERT INTO assessment_scores (assessment_id, criterion_id, score)
SELECT a.id, c.id, x.score
  FROM assessments a
  JOIN applications p ON p.id = a.application_id
 CROSS JOIN LATERAL (VALUES (1, a.score_commitment), (2, a.score_strategy),
                            (3, a.score_participation), (4, a.score_feasibility),
                            (5, a.score_fit)) x(position, score)
  JOIN criteria c ON c.call_id = p.call_id AND c.position = x.position;

DROP TRIGGER assessments_keep_totals ON assessments;
ALTER TABLE assessments
    DROP COLUMN score_commitment, DROP COLUMN score_strategy, DROP COLUMN score_participation,
    DROP COLUMN score_feasibility, DROP COLUMN score_fit,
    ADD COLUMN submitted_at timestamptz,
    ADD COLUMN updated_at timestamptz;
UPDATE assessments SET submitted_at = created_at, updated_at = created_at;
ALTER TABLE assessments ALTER COLUMN updated_at SET NOT NULL;

-- An application counts the assessments handed in (drafts are nobody's business but
-- their writer's), and keeps what they add up to: the mean, the median and the spread of
-- the assessments' weighted scores, written by the use case that hands one in, in its
-- transaction (domain::jury::aggregate). The ranking sorts on them.
ALTER TABLE applications
    DROP COLUMN assessment_score_sum,
    ADD COLUMN review_mean   double precision,
    ADD COLUMN review_median double precision,
    ADD COLUMN review_spread double precision;

UPDATE applications a SET assessment_count = 0;
UPDATE applications a
   SET assessment_count = x.n, review_mean = x.mean, review_median = x.median, review_spread = x.spread
  FROM (SELECT application_id, count(*) AS n, avg(score) AS mean,
               percentile_cont(0.5) WITHIN GROUP (ORDER BY score) AS median,
               stddev_samp(score) AS spread
          FROM (SELECT a.application_id, avg(s.score)::double precision AS score
                  FROM assessments a JOIN assessment_scores s ON s.assessment_id = a.id
                 GROUP BY a.id, a.application_id) per_assessment
         GROUP BY application_id) x
 WHERE x.application_id = a.id;

CREATE OR REPLACE FUNCTION keep_assessment_totals() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    delta integer;
BEGIN
    -- An assessment never moves to another application.
    IF TG_OP = 'INSERT' THEN
        delta := (NEW.submitted_at IS NOT NULL)::integer;
    ELSIF TG_OP = 'UPDATE' THEN
        delta := (NEW.submitted_at IS NOT NULL)::integer - (OLD.submitted_at IS NOT NULL)::integer;
    ELSE
        delta := -(OLD.submitted_at IS NOT NULL)::integer;
    END IF;
    IF delta <> 0 THEN
        UPDATE applications SET assessment_count = assessment_count + delta
         WHERE id = COALESCE(NEW.application_id, OLD.application_id);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER assessments_keep_totals
    AFTER INSERT OR UPDATE OF submitted_at OR DELETE ON assessments
    FOR EACH ROW EXECUTE FUNCTION keep_assessment_totals();

-- Countries a juror declared in advance to be in conflict with.
CREATE TABLE juror_country_conflicts (
    juror_id    bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    country     text        NOT NULL REFERENCES member_states (iso2),
    declared_at timestamptz NOT NULL,
    PRIMARY KEY (juror_id, country)
);

-- Which juror scores which application: drafted by a coordinator, seen by the juror once
-- published.
CREATE TABLE jury_assignments (
    application_id bigint      NOT NULL REFERENCES applications (id),
    juror_id       bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    assigned_by    bigint      NOT NULL REFERENCES users (id),
    created_at     timestamptz NOT NULL,
    published_at   timestamptz,
    PRIMARY KEY (application_id, juror_id)
);
CREATE INDEX jury_assignments_juror_idx ON jury_assignments (juror_id, application_id);

-- What a juror answered before opening an assigned application. Kept when a conflict
-- takes the application from them: UIL sees every declaration.
CREATE TABLE conflict_declarations (
    application_id bigint      NOT NULL REFERENCES applications (id),
    juror_id       bigint      NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    conflict       boolean     NOT NULL,
    reason         text        NOT NULL DEFAULT '' CHECK (char_length(reason) <= 1000),
    declared_at    timestamptz NOT NULL,
    PRIMARY KEY (application_id, juror_id)
);

-- The ranking: what reached UIL in a call, by its mean score.
CREATE INDEX applications_ranking_idx ON applications (call_id, review_mean DESC NULLS LAST, id)
    WHERE forwarded_at IS NOT NULL;

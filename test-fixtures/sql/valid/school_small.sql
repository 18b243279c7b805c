-- Honour roll: students averaging 90 or above.
create table exam_results (
  student  text not null,
  subject  text not null,
  score    integer not null check (score between 0 and 100),
  primary key (student, subject)
);

insert into exam_results values ('amira', 'math', 94), ('amira', 'english', 91), ('ben', 'math', 78), ('ben', 'english', 85);

select student, round(avg(score), 1) as average
from exam_results
group by student
having avg(score) >= 90;

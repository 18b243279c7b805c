-- expect: syntax at line 26 (trailing comma after the last select-list item on the previous line, before FROM)
create table plans (
    code        text primary key,
    monthly_fee real not null
);

create table members (
    id         integer primary key,
    full_name  text not null,
    plan_code  text not null references plans(code)
);

create table checkins (
    member_id  integer not null references members(id),
    checked_in text not null,
    primary key (member_id, checked_in)
);

insert into plans values ('basic', 24.99), ('plus', 39.99);
insert into members values (1, 'Greta Nilsson', 'plus'), (2, 'Omar Haddad', 'basic');
insert into checkins values (1, '2024-04-01 06:45'), (1, '2024-04-03 06:50'), (2, '2024-04-02 18:30');

select m.full_name,
       p.code as plan_code,
       count(c.checked_in) as visits,
from members m
join plans p on p.code = m.plan_code
left join checkins c on c.member_id = m.id
group by m.id, m.full_name, p.code
order by visits desc;

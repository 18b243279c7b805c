-- Gym: members, membership plans, check-ins and class bookings.
create table plans (
    code          text primary key,
    monthly_fee   real not null,
    classes_incl  integer not null default 0
);

create table members (
    id          integer primary key,
    full_name   text not null,
    plan_code   text not null references plans(code),
    joined_on   text not null,
    cancelled_on text
);

create table checkins (
    member_id   integer not null references members(id),
    checked_in  text not null,
    primary key (member_id, checked_in)
);

insert into plans values ('basic', 24.99, 0), ('plus', 39.99, 4), ('unlimited', 59.99, 99);

insert into members (id, full_name, plan_code, joined_on, cancelled_on) values
    (1, 'Greta Nilsson', 'plus', '2023-09-01', null),
    (2, 'Omar Haddad', 'basic', '2024-01-05', null),
    (3, 'Paula Costa', 'unlimited', '2023-03-15', '2024-04-30'),
    (4, 'Ivan Petrov', 'basic', '2024-02-20', null);

insert into checkins values
    (1, '2024-04-01 06:45'), (1, '2024-04-03 06:50'), (1, '2024-04-05 07:05'), (1, '2024-04-08 06:40'),
    (2, '2024-04-02 18:30'), (3, '2024-04-01 12:00'), (3, '2024-04-02 12:10'),
    (3, '2024-04-03 12:05'), (3, '2024-04-04 12:00'), (3, '2024-04-05 11:55');

-- Visits per member in April and cost per visit.
select m.full_name,
       p.code as plan_code,
       count(c.checked_in) as visits,
       case when count(c.checked_in) = 0 then null
            else round(p.monthly_fee / count(c.checked_in), 2) end as cost_per_visit
from members m
join plans p on p.code = m.plan_code
left join checkins c on c.member_id = m.id and c.checked_in between '2024-04-01' and '2024-04-30 23:59'
group by m.id, m.full_name, p.code, p.monthly_fee
order by visits desc;

-- Members at risk: active, but no visit in the last 14 days of the data.
select m.full_name, max(c.checked_in) as last_visit
from members m
left join checkins c on c.member_id = m.id
where m.cancelled_on is null
group by m.id, m.full_name
having max(c.checked_in) is null
    or max(c.checked_in) < (select datetime(max(c2.checked_in), '-14 days') from checkins c2);

-- Busiest hour of day.
select strftime('%H', checked_in) as hour, count(*) as checkins
from checkins
group by hour
order by checkins desc
limit 3;

-- Human resources: departments, employees, positions and leave.
create table departments (
    id          integer primary key,
    code        text not null unique,
    name        text not null,
    cost_center text,
    manager_id  integer
);

create table employees (
    id             integer primary key autoincrement,
    employee_no    text not null unique,
    first_name     text not null,
    last_name      text not null,
    email          text not null unique collate nocase,
    department_id  integer references departments(id) on delete set null,
    manager_id     integer references employees(id),
    hired_on       text not null,
    terminated_on  text,
    salary         decimal(10,2) not null check (salary > 0),
    check (terminated_on is null or terminated_on >= hired_on)
);

create table leave_types (
    code        text primary key,
    description text not null,
    paid        boolean not null default 1
);

create table leave_requests (
    id           integer primary key,
    employee_id  integer not null references employees(id) on delete cascade,
    leave_code   text not null references leave_types(code),
    starts_on    text not null,
    ends_on      text not null,
    status       text not null default 'requested'
                 check (status in ('requested', 'approved', 'rejected', 'cancelled')),
    approved_by  integer references employees(id),
    days         integer generated always as (cast(julianday(ends_on) - julianday(starts_on) + 1 as integer)) virtual,
    check (ends_on >= starts_on)
);

create index idx_employees_department on employees (department_id);
create index idx_employees_manager on employees (manager_id);
create index idx_leave_employee_start on leave_requests (employee_id, starts_on);

insert into departments (id, code, name, cost_center) values
    (1, 'ENG', 'Engineering', 'CC-100'),
    (2, 'OPS', 'Operations', 'CC-200'),
    (3, 'FIN', 'Finance', 'CC-300');

insert into employees (employee_no, first_name, last_name, email, department_id, manager_id, hired_on, salary) values
    ('E0001', 'Priya', 'Raman', 'priya.raman@corp.example', 1, null, '2018-04-01', 145000),
    ('E0002', 'Tomás', 'Ortega', 'tomas.ortega@corp.example', 1, 1, '2019-09-16', 118000),
    ('E0003', 'Hannah', 'Schmidt', 'hannah.schmidt@corp.example', 2, null, '2017-02-13', 99000),
    ('E0004', 'Kwame', 'Mensah', 'kwame.mensah@corp.example', 1, 2, '2021-06-07', 96500),
    ('E0005', 'Mei', 'Chen', 'mei.chen@corp.example', 3, null, '2020-01-06', 104000);

update departments set manager_id = 1 where code = 'ENG';
update departments set manager_id = 3 where code = 'OPS';
update departments set manager_id = 5 where code = 'FIN';

insert into leave_types values ('VAC', 'Vacation', 1), ('SICK', 'Sick leave', 1), ('UNP', 'Unpaid leave', 0);

insert into leave_requests (employee_id, leave_code, starts_on, ends_on, status, approved_by) values
    (2, 'VAC', '2024-07-01', '2024-07-12', 'approved', 1),
    (4, 'SICK', '2024-03-04', '2024-03-05', 'approved', 2),
    (3, 'UNP', '2024-09-02', '2024-09-30', 'requested', null);

create view v_headcount as
select d.name as department, count(e.id) as headcount, round(avg(e.salary), 0) as avg_salary
from departments d
left join employees e on e.department_id = d.id and e.terminated_on is null
group by d.name;

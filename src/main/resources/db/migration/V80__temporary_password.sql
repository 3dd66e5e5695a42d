-- a password an administrator handed out (new account, reset) must be replaced at the first sign-in
alter table app_user add column password_temporary boolean not null default false;

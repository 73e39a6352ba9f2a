-- Run by the embedded MariaDB itself at every start (--init-file), as its superuser.
-- rom_admin is the embedded database's own superuser (loopback only, random password per start):
-- it applies migrations, runs jobs and lets tests create MySQL logins.
-- Embedded mode only; never applied to a configured MySQL. ${...} are filled in by the server:
-- the admin password is random for each start, the development login is the documented one.
CREATE DATABASE IF NOT EXISTS `${database}`;
CREATE USER IF NOT EXISTS 'rom_admin'@'localhost' IDENTIFIED BY '${admin_password}';
CREATE USER IF NOT EXISTS 'rom_admin'@'127.0.0.1' IDENTIFIED BY '${admin_password}';
ALTER USER 'rom_admin'@'localhost' IDENTIFIED BY '${admin_password}';
ALTER USER 'rom_admin'@'127.0.0.1' IDENTIFIED BY '${admin_password}';
GRANT ALL PRIVILEGES ON *.* TO 'rom_admin'@'localhost' WITH GRANT OPTION;
GRANT ALL PRIVILEGES ON *.* TO 'rom_admin'@'127.0.0.1' WITH GRANT OPTION;
CREATE USER IF NOT EXISTS '${user}'@'localhost' IDENTIFIED BY '${password}';
CREATE USER IF NOT EXISTS '${user}'@'%' IDENTIFIED BY '${password}';
ALTER USER '${user}'@'localhost' IDENTIFIED BY '${password}';
ALTER USER '${user}'@'%' IDENTIFIED BY '${password}';
GRANT SELECT, INSERT, UPDATE, DELETE ON `${database}`.* TO '${user}'@'localhost';
GRANT SELECT, INSERT, UPDATE, DELETE ON `${database}`.* TO '${user}'@'%';

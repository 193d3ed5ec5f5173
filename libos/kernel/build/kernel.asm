
build/kernel.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_entry>:
80400000:	10401073          	csrw	sie,zero
80400004:	14001073          	csrw	sscratch,zero
80400008:	0002b117          	auipc	sp,0x2b
8040000c:	06810113          	add	sp,sp,104 # 8042b070 <boot_info>
80400010:	00027297          	auipc	t0,0x27
80400014:	01028293          	add	t0,t0,16 # 80427020 <range_end>
80400018:	000f2317          	auipc	t1,0xf2
8040001c:	6e830313          	add	t1,t1,1768 # 804f2700 <bss_end>
80400020:	0062f663          	bgeu	t0,t1,8040002c <_entry+0x2c>
80400024:	0002a023          	sw	zero,0(t0)
80400028:	0291                	add	t0,t0,4
8040002a:	bfdd                	j	80400020 <_entry+0x20>
8040002c:	280d                	jal	8040005e <main>
8040002e:	10500073          	wfi
80400032:	bff5                	j	8040002e <_entry+0x2e>

80400034 <power_off>:
80400034:	1141                	add	sp,sp,-16
80400036:	c606                	sw	ra,12(sp)
80400038:	c422                	sw	s0,8(sp)
8040003a:	842a                	mv	s0,a0
8040003c:	67d010ef          	jal	80401eb8 <proc_close_all>
80400040:	0cc030ef          	jal	8040310c <fs_mounted>
80400044:	e911                	bnez	a0,80400058 <power_off+0x24>
80400046:	0ff47793          	zext.b	a5,s0
8040004a:	4501                	li	a0,0
8040004c:	c781                	beqz	a5,80400054 <power_off+0x20>
8040004e:	f0000537          	lui	a0,0xf0000
80400052:	8d5d                	or	a0,a0,a5
80400054:	5f8010ef          	jal	8040164c <sbi_shutdown>
80400058:	46d030ef          	jal	80403cc4 <bio_flush>
8040005c:	b7ed                	j	80400046 <power_off+0x12>

8040005e <main>:
8040005e:	7135                	add	sp,sp,-160
80400060:	cd22                	sw	s0,152(sp)
80400062:	8042b437          	lui	s0,0x8042b
80400066:	852e                	mv	a0,a1
80400068:	07040593          	add	a1,s0,112 # 8042b070 <boot_info>
8040006c:	cf06                	sw	ra,156(sp)
8040006e:	cb26                	sw	s1,148(sp)
80400070:	7bc000ef          	jal	8040082c <fdt_parse>
80400074:	804007b7          	lui	a5,0x80400
80400078:	00078793          	mv	a5,a5
8040007c:	80400737          	lui	a4,0x80400
80400080:	00e78863          	beq	a5,a4,80400090 <main+0x32>
80400084:	80405537          	lui	a0,0x80405
80400088:	00050513          	mv	a0,a0
8040008c:	1d9010ef          	jal	80401a64 <panic>
80400090:	07040493          	add	s1,s0,112
80400094:	4098                	lw	a4,0(s1)
80400096:	fee7e7e3          	bltu	a5,a4,80400084 <main+0x26>
8040009a:	40cc                	lw	a1,4(s1)
8040009c:	804f3537          	lui	a0,0x804f3
804000a0:	00050793          	mv	a5,a0
804000a4:	feb7f0e3          	bgeu	a5,a1,80400084 <main+0x26>
804000a8:	00050513          	mv	a0,a0
804000ac:	0f1000ef          	jal	8040099c <kinit>
804000b0:	07040513          	add	a0,s0,112
804000b4:	2c7000ef          	jal	80400b7a <kvm_init>
804000b8:	06e010ef          	jal	80401126 <trap_init>
804000bc:	546010ef          	jal	80401602 <sbi_init>
804000c0:	5aa010ef          	jal	8040166a <plic_init>
804000c4:	5d8010ef          	jal	8040169c <uart_init>
804000c8:	31b030ef          	jal	80403be2 <bio_init>
804000cc:	2084a783          	lw	a5,520(s1)
804000d0:	efd9                	bnez	a5,8040016e <main+0x110>
804000d2:	32b010ef          	jal	80401bfc <proc_init>
804000d6:	3d2010ef          	jal	804014a8 <timer_init>
804000da:	0084c783          	lbu	a5,8(s1)
804000de:	cfd9                	beqz	a5,8040017c <main+0x11e>
804000e0:	8042b7b7          	lui	a5,0x8042b
804000e4:	006c                	add	a1,sp,12
804000e6:	07878793          	add	a5,a5,120 # 8042b078 <boot_info+0x8>
804000ea:	4401                	li	s0,0
804000ec:	02000693          	li	a3,32
804000f0:	4625                	li	a2,9
804000f2:	a021                	j	804000fa <main+0x9c>
804000f4:	0785                	add	a5,a5,1
804000f6:	fe078fa3          	sb	zero,-1(a5)
804000fa:	0007c703          	lbu	a4,0(a5)
804000fe:	fed70be3          	beq	a4,a3,804000f4 <main+0x96>
80400102:	fec709e3          	beq	a4,a2,804000f4 <main+0x96>
80400106:	e331                	bnez	a4,8040014a <main+0xec>
80400108:	02000693          	li	a3,32
8040010c:	4625                	li	a2,9
8040010e:	0007c703          	lbu	a4,0(a5)
80400112:	00d70463          	beq	a4,a3,8040011a <main+0xbc>
80400116:	00c71463          	bne	a4,a2,8040011e <main+0xc0>
8040011a:	0785                	add	a5,a5,1
8040011c:	bfcd                	j	8040010e <main+0xb0>
8040011e:	e72d                	bnez	a4,80400188 <main+0x12a>
80400120:	00241793          	sll	a5,s0,0x2
80400124:	09078793          	add	a5,a5,144
80400128:	978a                	add	a5,a5,sp
8040012a:	f607ae23          	sw	zero,-132(a5)
8040012e:	cc49                	beqz	s0,804001c8 <main+0x16a>
80400130:	4532                	lw	a0,12(sp)
80400132:	4601                	li	a2,0
80400134:	006c                	add	a1,sp,12
80400136:	01c020ef          	jal	80402152 <proc_spawn>
8040013a:	57f9                	li	a5,-2
8040013c:	862a                	mv	a2,a0
8040013e:	06f50b63          	beq	a0,a5,804001b4 <main+0x156>
80400142:	04054d63          	bltz	a0,8040019c <main+0x13e>
80400146:	41b010ef          	jal	80401d60 <scheduler>
8040014a:	0405                	add	s0,s0,1
8040014c:	c19c                	sw	a5,0(a1)
8040014e:	a019                	j	80400154 <main+0xf6>
80400150:	00c70863          	beq	a4,a2,80400160 <main+0x102>
80400154:	0017c703          	lbu	a4,1(a5)
80400158:	0785                	add	a5,a5,1
8040015a:	d75d                	beqz	a4,80400108 <main+0xaa>
8040015c:	fed71ae3          	bne	a4,a3,80400150 <main+0xf2>
80400160:	0007c703          	lbu	a4,0(a5)
80400164:	d355                	beqz	a4,80400108 <main+0xaa>
80400166:	0591                	add	a1,a1,4
80400168:	f8d419e3          	bne	s0,a3,804000fa <main+0x9c>
8040016c:	bf71                	j	80400108 <main+0xaa>
8040016e:	20c4a503          	lw	a0,524(s1)
80400172:	479030ef          	jal	80403dea <disk_init>
80400176:	6c7020ef          	jal	8040303c <fs_init>
8040017a:	bfa1                	j	804000d2 <main+0x74>
8040017c:	8042b7b7          	lui	a5,0x8042b
80400180:	07878793          	add	a5,a5,120 # 8042b078 <boot_info+0x8>
80400184:	4401                	li	s0,0
80400186:	b749                	j	80400108 <main+0xaa>
80400188:	80405537          	lui	a0,0x80405
8040018c:	05850513          	add	a0,a0,88 # 80405058 <__udivdi3+0x1122>
80400190:	02000593          	li	a1,32
80400194:	0af010ef          	jal	80401a42 <kprintf>
80400198:	4509                	li	a0,2
8040019a:	3d69                	jal	80400034 <power_off>
8040019c:	45b2                	lw	a1,12(sp)
8040019e:	80405537          	lui	a0,0x80405
804001a2:	0a050513          	add	a0,a0,160 # 804050a0 <__udivdi3+0x116a>
804001a6:	40c00633          	neg	a2,a2
804001aa:	099010ef          	jal	80401a42 <kprintf>
804001ae:	07e00513          	li	a0,126
804001b2:	3549                	jal	80400034 <power_off>
804001b4:	45b2                	lw	a1,12(sp)
804001b6:	80405537          	lui	a0,0x80405
804001ba:	08850513          	add	a0,a0,136 # 80405088 <__udivdi3+0x1152>
804001be:	085010ef          	jal	80401a42 <kprintf>
804001c2:	07f00513          	li	a0,127
804001c6:	35bd                	jal	80400034 <power_off>
804001c8:	80405537          	lui	a0,0x80405
804001cc:	02450513          	add	a0,a0,36 # 80405024 <__udivdi3+0x10ee>
804001d0:	073010ef          	jal	80401a42 <kprintf>
804001d4:	804054b7          	lui	s1,0x80405
804001d8:	a039                	j	804001e6 <main+0x188>
804001da:	438c                	lw	a1,0(a5)
804001dc:	05048513          	add	a0,s1,80 # 80405050 <__udivdi3+0x111a>
804001e0:	0405                	add	s0,s0,1
804001e2:	061010ef          	jal	80401a42 <kprintf>
804001e6:	8522                	mv	a0,s0
804001e8:	322020ef          	jal	8040250a <program_at>
804001ec:	87aa                	mv	a5,a0
804001ee:	f575                	bnez	a0,804001da <main+0x17c>
804001f0:	80405537          	lui	a0,0x80405
804001f4:	05450513          	add	a0,a0,84 # 80405054 <__udivdi3+0x111e>
804001f8:	04b010ef          	jal	80401a42 <kprintf>
804001fc:	4509                	li	a0,2
804001fe:	3d1d                	jal	80400034 <power_off>

80400200 <strlist_has>:
80400200:	1101                	add	sp,sp,-32
80400202:	c84a                	sw	s2,16(sp)
80400204:	892a                	mv	s2,a0
80400206:	8532                	mv	a0,a2
80400208:	ca26                	sw	s1,20(sp)
8040020a:	c64e                	sw	s3,12(sp)
8040020c:	c452                	sw	s4,8(sp)
8040020e:	ce06                	sw	ra,28(sp)
80400210:	cc22                	sw	s0,24(sp)
80400212:	8a32                	mv	s4,a2
80400214:	84ae                	mv	s1,a1
80400216:	127010ef          	jal	80401b3c <strlen>
8040021a:	89aa                	mv	s3,a0
8040021c:	4501                	li	a0,0
8040021e:	c09d                	beqz	s1,80400244 <strlist_has+0x44>
80400220:	842a                	mv	s0,a0
80400222:	a021                	j	8040022a <strlist_has+0x2a>
80400224:	0405                	add	s0,s0,1
80400226:	02848863          	beq	s1,s0,80400256 <strlist_has+0x56>
8040022a:	008907b3          	add	a5,s2,s0
8040022e:	0007c783          	lbu	a5,0(a5)
80400232:	fbed                	bnez	a5,80400224 <strlist_has+0x24>
80400234:	40a40633          	sub	a2,s0,a0
80400238:	03360363          	beq	a2,s3,8040025e <strlist_has+0x5e>
8040023c:	00140513          	add	a0,s0,1
80400240:	fe9560e3          	bltu	a0,s1,80400220 <strlist_has+0x20>
80400244:	40f2                	lw	ra,28(sp)
80400246:	4462                	lw	s0,24(sp)
80400248:	44d2                	lw	s1,20(sp)
8040024a:	4942                	lw	s2,16(sp)
8040024c:	49b2                	lw	s3,12(sp)
8040024e:	4a22                	lw	s4,8(sp)
80400250:	4501                	li	a0,0
80400252:	6105                	add	sp,sp,32
80400254:	8082                	ret
80400256:	40a48633          	sub	a2,s1,a0
8040025a:	ff3611e3          	bne	a2,s3,8040023c <strlist_has+0x3c>
8040025e:	85d2                	mv	a1,s4
80400260:	954a                	add	a0,a0,s2
80400262:	0b7010ef          	jal	80401b18 <memcmp>
80400266:	f979                	bnez	a0,8040023c <strlist_has+0x3c>
80400268:	40f2                	lw	ra,28(sp)
8040026a:	4462                	lw	s0,24(sp)
8040026c:	44d2                	lw	s1,20(sp)
8040026e:	4942                	lw	s2,16(sp)
80400270:	49b2                	lw	s3,12(sp)
80400272:	4a22                	lw	s4,8(sp)
80400274:	4505                	li	a0,1
80400276:	6105                	add	sp,sp,32
80400278:	8082                	ret

8040027a <node_reg.isra.0>:
8040027a:	00c52303          	lw	t1,12(a0)
8040027e:	87aa                	mv	a5,a0
80400280:	08030a63          	beqz	t1,80400314 <node_reg.isra.0+0x9a>
80400284:	fff58813          	add	a6,a1,-1
80400288:	4885                	li	a7,1
8040028a:	4501                	li	a0,0
8040028c:	0908e563          	bltu	a7,a6,80400316 <node_reg.isra.0+0x9c>
80400290:	4809                	li	a6,2
80400292:	08c86263          	bltu	a6,a2,80400316 <node_reg.isra.0+0x9c>
80400296:	4b9c                	lw	a5,16(a5)
80400298:	00c58f33          	add	t5,a1,a2
8040029c:	0f0a                	sll	t5,t5,0x2
8040029e:	07e7ec63          	bltu	a5,t5,80400316 <node_reg.isra.0+0x9c>
804002a2:	00259793          	sll	a5,a1,0x2
804002a6:	979a                	add	a5,a5,t1
804002a8:	851a                	mv	a0,t1
804002aa:	4e01                	li	t3,0
804002ac:	00054583          	lbu	a1,0(a0)
804002b0:	00154883          	lbu	a7,1(a0)
804002b4:	00354e83          	lbu	t4,3(a0)
804002b8:	00254803          	lbu	a6,2(a0)
804002bc:	08c2                	sll	a7,a7,0x10
804002be:	05e2                	sll	a1,a1,0x18
804002c0:	0115e5b3          	or	a1,a1,a7
804002c4:	01d5e5b3          	or	a1,a1,t4
804002c8:	0822                	sll	a6,a6,0x8
804002ca:	0511                	add	a0,a0,4
804002cc:	88f2                	mv	a7,t3
804002ce:	0105ee33          	or	t3,a1,a6
804002d2:	fca79de3          	bne	a5,a0,804002ac <node_reg.isra.0+0x32>
804002d6:	01c6a023          	sw	t3,0(a3)
804002da:	0116a223          	sw	a7,4(a3)
804002de:	ce0d                	beqz	a2,80400318 <node_reg.isra.0+0x9e>
804002e0:	937a                	add	t1,t1,t5
804002e2:	4501                	li	a0,0
804002e4:	0007c683          	lbu	a3,0(a5)
804002e8:	0017c583          	lbu	a1,1(a5)
804002ec:	0037c803          	lbu	a6,3(a5)
804002f0:	0027c603          	lbu	a2,2(a5)
804002f4:	05c2                	sll	a1,a1,0x10
804002f6:	06e2                	sll	a3,a3,0x18
804002f8:	8ecd                	or	a3,a3,a1
804002fa:	0106e6b3          	or	a3,a3,a6
804002fe:	0622                	sll	a2,a2,0x8
80400300:	0791                	add	a5,a5,4
80400302:	85aa                	mv	a1,a0
80400304:	00c6e533          	or	a0,a3,a2
80400308:	fcf31ee3          	bne	t1,a5,804002e4 <node_reg.isra.0+0x6a>
8040030c:	c308                	sw	a0,0(a4)
8040030e:	c34c                	sw	a1,4(a4)
80400310:	4505                	li	a0,1
80400312:	8082                	ret
80400314:	4501                	li	a0,0
80400316:	8082                	ret
80400318:	4501                	li	a0,0
8040031a:	4581                	li	a1,0
8040031c:	bfc5                	j	8040030c <node_reg.isra.0+0x92>

8040031e <fdt_walk>:
8040031e:	dd010113          	add	sp,sp,-560
80400322:	21312e23          	sw	s3,540(sp)
80400326:	21712623          	sw	s7,524(sp)
8040032a:	89ae                	mv	s3,a1
8040032c:	8baa                	mv	s7,a0
8040032e:	4671                	li	a2,28
80400330:	4581                	li	a1,0
80400332:	0848                	add	a0,sp,20
80400334:	21912223          	sw	s9,516(sp)
80400338:	1fb12e23          	sw	s11,508(sp)
8040033c:	22112623          	sw	ra,556(sp)
80400340:	22812423          	sw	s0,552(sp)
80400344:	22912223          	sw	s1,548(sp)
80400348:	23212023          	sw	s2,544(sp)
8040034c:	21412c23          	sw	s4,536(sp)
80400350:	21512a23          	sw	s5,532(sp)
80400354:	21612823          	sw	s6,528(sp)
80400358:	21812423          	sw	s8,520(sp)
8040035c:	21a12023          	sw	s10,512(sp)
80400360:	73a010ef          	jal	80401a9a <memset>
80400364:	004bac83          	lw	s9,4(s7)
80400368:	4789                	li	a5,2
8040036a:	008ba683          	lw	a3,8(s7)
8040036e:	cc3e                	sw	a5,24(sp)
80400370:	4785                	li	a5,1
80400372:	ce3e                	sw	a5,28(sp)
80400374:	004c8d93          	add	s11,s9,4
80400378:	47b6ec63          	bltu	a3,s11,804007f0 <fdt_walk+0x4d2>
8040037c:	4c01                	li	s8,0
8040037e:	4485                	li	s1,1
80400380:	490d                	li	s2,3
80400382:	80405a37          	lui	s4,0x80405
80400386:	80405b37          	lui	s6,0x80405
8040038a:	a00d                	j	804003ac <fdt_walk+0x8e>
8040038c:	0d258663          	beq	a1,s2,80400458 <fdt_walk+0x13a>
80400390:	4789                	li	a5,2
80400392:	0cf58b63          	beq	a1,a5,80400468 <fdt_walk+0x14a>
80400396:	47a5                	li	a5,9
80400398:	2ef58063          	beq	a1,a5,80400678 <fdt_walk+0x35a>
8040039c:	4791                	li	a5,4
8040039e:	0af59f63          	bne	a1,a5,8040045c <fdt_walk+0x13e>
804003a2:	8cee                	mv	s9,s11
804003a4:	004c8d93          	add	s11,s9,4
804003a8:	45b6e463          	bltu	a3,s11,804007f0 <fdt_walk+0x4d2>
804003ac:	000ba703          	lw	a4,0(s7)
804003b0:	019707b3          	add	a5,a4,s9
804003b4:	0007c583          	lbu	a1,0(a5)
804003b8:	0017c603          	lbu	a2,1(a5)
804003bc:	0037c503          	lbu	a0,3(a5)
804003c0:	0027c783          	lbu	a5,2(a5)
804003c4:	05e2                	sll	a1,a1,0x18
804003c6:	0642                	sll	a2,a2,0x10
804003c8:	8dd1                	or	a1,a1,a2
804003ca:	8dc9                	or	a1,a1,a0
804003cc:	07a2                	sll	a5,a5,0x8
804003ce:	8ddd                	or	a1,a1,a5
804003d0:	fa959ee3          	bne	a1,s1,8040038c <fdt_walk+0x6e>
804003d4:	0c05                	add	s8,s8,1
804003d6:	47c1                	li	a5,16
804003d8:	4387c863          	blt	a5,s8,80400808 <fdt_walk+0x4ea>
804003dc:	3eddfa63          	bgeu	s11,a3,804007d0 <fdt_walk+0x4b2>
804003e0:	846e                	mv	s0,s11
804003e2:	a021                	j	804003ea <fdt_walk+0xcc>
804003e4:	0405                	add	s0,s0,1
804003e6:	3ed47563          	bgeu	s0,a3,804007d0 <fdt_walk+0x4b2>
804003ea:	008707b3          	add	a5,a4,s0
804003ee:	0007c783          	lbu	a5,0(a5)
804003f2:	fbed                	bnez	a5,804003e4 <fdt_walk+0xc6>
804003f4:	003c1a93          	sll	s5,s8,0x3
804003f8:	418a8733          	sub	a4,s5,s8
804003fc:	00271c93          	sll	s9,a4,0x2
80400400:	085c                	add	a5,sp,20
80400402:	01978533          	add	a0,a5,s9
80400406:	4671                	li	a2,28
80400408:	4581                	li	a1,0
8040040a:	690010ef          	jal	80401a9a <memset>
8040040e:	000ba503          	lw	a0,0(s7)
80400412:	1f0c8793          	add	a5,s9,496
80400416:	00278733          	add	a4,a5,sp
8040041a:	4689                	li	a3,2
8040041c:	956e                	add	a0,a0,s11
8040041e:	4d11                	li	s10,4
80400420:	e2a72223          	sw	a0,-476(a4) # 803ffe24 <_entry-0x1dc>
80400424:	e2d72423          	sw	a3,-472(a4)
80400428:	e2972623          	sw	s1,-468(a4)
8040042c:	41bd0d33          	sub	s10,s10,s11
80400430:	16dc0863          	beq	s8,a3,804005a0 <fdt_walk+0x282>
80400434:	4701                	li	a4,0
80400436:	418a87b3          	sub	a5,s5,s8
8040043a:	078a                	sll	a5,a5,0x2
8040043c:	008d0333          	add	t1,s10,s0
80400440:	1f078793          	add	a5,a5,496
80400444:	978a                	add	a5,a5,sp
80400446:	ffc37313          	and	t1,t1,-4
8040044a:	008ba683          	lw	a3,8(s7)
8040044e:	e2e7ae23          	sw	a4,-452(a5)
80400452:	01b30cb3          	add	s9,t1,s11
80400456:	b7b9                	j	804003a4 <fdt_walk+0x86>
80400458:	060c1563          	bnez	s8,804004c2 <fdt_walk+0x1a4>
8040045c:	80405537          	lui	a0,0x80405
80400460:	1d850513          	add	a0,a0,472 # 804051d8 <__udivdi3+0x12a2>
80400464:	600010ef          	jal	80401a64 <panic>
80400468:	fe0c0ae3          	beqz	s8,8040045c <fdt_walk+0x13e>
8040046c:	003c1a93          	sll	s5,s8,0x3
80400470:	418a8733          	sub	a4,s5,s8
80400474:	070a                	sll	a4,a4,0x2
80400476:	1f070793          	add	a5,a4,496
8040047a:	002786b3          	add	a3,a5,sp
8040047e:	e3c6a683          	lw	a3,-452(a3)
80400482:	085c                	add	a5,sp,20
80400484:	fe470613          	add	a2,a4,-28
80400488:	00e78433          	add	s0,a5,a4
8040048c:	fffc0d13          	add	s10,s8,-1
80400490:	00c78cb3          	add	s9,a5,a2
80400494:	c689                	beqz	a3,8040049e <fdt_walk+0x180>
80400496:	0049a703          	lw	a4,4(s3)
8040049a:	24070963          	beqz	a4,804006ec <fdt_walk+0x3ce>
8040049e:	418a87b3          	sub	a5,s5,s8
804004a2:	078a                	sll	a5,a5,0x2
804004a4:	1f078793          	add	a5,a5,496
804004a8:	978a                	add	a5,a5,sp
804004aa:	e387a783          	lw	a5,-456(a5)
804004ae:	c789                	beqz	a5,804004b8 <fdt_walk+0x19a>
804004b0:	2089a783          	lw	a5,520(s3)
804004b4:	1e078f63          	beqz	a5,804006b2 <fdt_walk+0x394>
804004b8:	008ba683          	lw	a3,8(s7)
804004bc:	8cee                	mv	s9,s11
804004be:	8c6a                	mv	s8,s10
804004c0:	b5d5                	j	804003a4 <fdt_walk+0x86>
804004c2:	00cc8e13          	add	t3,s9,12
804004c6:	33c6eb63          	bltu	a3,t3,804007fc <fdt_walk+0x4de>
804004ca:	01b70633          	add	a2,a4,s11
804004ce:	008c8793          	add	a5,s9,8
804004d2:	97ba                	add	a5,a5,a4
804004d4:	00064d83          	lbu	s11,0(a2)
804004d8:	00164f03          	lbu	t5,1(a2)
804004dc:	0007cd03          	lbu	s10,0(a5)
804004e0:	0017c583          	lbu	a1,1(a5)
804004e4:	00364e83          	lbu	t4,3(a2)
804004e8:	00264603          	lbu	a2,2(a2)
804004ec:	0037c503          	lbu	a0,3(a5)
804004f0:	0de2                	sll	s11,s11,0x18
804004f2:	0027c783          	lbu	a5,2(a5)
804004f6:	0f42                	sll	t5,t5,0x10
804004f8:	01ededb3          	or	s11,s11,t5
804004fc:	0d62                	sll	s10,s10,0x18
804004fe:	05c2                	sll	a1,a1,0x10
80400500:	01ddedb3          	or	s11,s11,t4
80400504:	0622                	sll	a2,a2,0x8
80400506:	00bd6d33          	or	s10,s10,a1
8040050a:	00ad6d33          	or	s10,s10,a0
8040050e:	07a2                	sll	a5,a5,0x8
80400510:	00cdedb3          	or	s11,s11,a2
80400514:	41c686b3          	sub	a3,a3,t3
80400518:	00fd6d33          	or	s10,s10,a5
8040051c:	31b6e263          	bltu	a3,s11,80400820 <fdt_walk+0x502>
80400520:	010ba603          	lw	a2,16(s7)
80400524:	2ecd7e63          	bgeu	s10,a2,80400820 <fdt_walk+0x502>
80400528:	00cba783          	lw	a5,12(s7)
8040052c:	9d3e                	add	s10,s10,a5
8040052e:	963e                	add	a2,a2,a5
80400530:	2acd7063          	bgeu	s10,a2,804007d0 <fdt_walk+0x4b2>
80400534:	9d3a                	add	s10,s10,a4
80400536:	87ea                	mv	a5,s10
80400538:	963a                	add	a2,a2,a4
8040053a:	a021                	j	80400542 <fdt_walk+0x224>
8040053c:	0785                	add	a5,a5,1
8040053e:	28c78963          	beq	a5,a2,804007d0 <fdt_walk+0x4b2>
80400542:	0007c683          	lbu	a3,0(a5)
80400546:	fafd                	bnez	a3,8040053c <fdt_walk+0x21e>
80400548:	15ca0593          	add	a1,s4,348 # 8040515c <__udivdi3+0x1226>
8040054c:	856a                	mv	a0,s10
8040054e:	01c70433          	add	s0,a4,t3
80400552:	632010ef          	jal	80401b84 <strcmp>
80400556:	e92d                	bnez	a0,804005c8 <fdt_walk+0x2aa>
80400558:	4791                	li	a5,4
8040055a:	0afd8963          	beq	s11,a5,8040060c <fdt_walk+0x2ee>
8040055e:	16cb0593          	add	a1,s6,364 # 8040516c <__udivdi3+0x1236>
80400562:	856a                	mv	a0,s10
80400564:	620010ef          	jal	80401b84 <strcmp>
80400568:	804057b7          	lui	a5,0x80405
8040056c:	1d478593          	add	a1,a5,468 # 804051d4 <__udivdi3+0x129e>
80400570:	856a                	mv	a0,s10
80400572:	612010ef          	jal	80401b84 <strcmp>
80400576:	e561                	bnez	a0,8040063e <fdt_walk+0x320>
80400578:	003c1793          	sll	a5,s8,0x3
8040057c:	418787b3          	sub	a5,a5,s8
80400580:	078a                	sll	a5,a5,0x2
80400582:	1f078793          	add	a5,a5,496
80400586:	978a                	add	a5,a5,sp
80400588:	e287a823          	sw	s0,-464(a5)
8040058c:	e3b7aa23          	sw	s11,-460(a5)
80400590:	00fc8313          	add	t1,s9,15
80400594:	936e                	add	t1,t1,s11
80400596:	008ba683          	lw	a3,8(s7)
8040059a:	ffc37c93          	and	s9,t1,-4
8040059e:	b519                	j	804003a4 <fdt_walk+0x86>
804005a0:	804057b7          	lui	a5,0x80405
804005a4:	10878593          	add	a1,a5,264 # 80405108 <__udivdi3+0x11d2>
804005a8:	5dc010ef          	jal	80401b84 <strcmp>
804005ac:	4705                	li	a4,1
804005ae:	e80504e3          	beqz	a0,80400436 <fdt_walk+0x118>
804005b2:	4536                	lw	a0,76(sp)
804005b4:	804057b7          	lui	a5,0x80405
804005b8:	461d                	li	a2,7
804005ba:	11078593          	add	a1,a5,272 # 80405110 <__udivdi3+0x11da>
804005be:	598010ef          	jal	80401b56 <strncmp>
804005c2:	00153713          	seqz	a4,a0
804005c6:	bd85                	j	80400436 <fdt_walk+0x118>
804005c8:	16cb0593          	add	a1,s6,364
804005cc:	856a                	mv	a0,s10
804005ce:	5b6010ef          	jal	80401b84 <strcmp>
804005d2:	f959                	bnez	a0,80400568 <fdt_walk+0x24a>
804005d4:	4791                	li	a5,4
804005d6:	f8fd99e3          	bne	s11,a5,80400568 <fdt_walk+0x24a>
804005da:	00044703          	lbu	a4,0(s0)
804005de:	00144603          	lbu	a2,1(s0)
804005e2:	00344583          	lbu	a1,3(s0)
804005e6:	00244683          	lbu	a3,2(s0)
804005ea:	003c1793          	sll	a5,s8,0x3
804005ee:	0762                	sll	a4,a4,0x18
804005f0:	0642                	sll	a2,a2,0x10
804005f2:	418787b3          	sub	a5,a5,s8
804005f6:	8f51                	or	a4,a4,a2
804005f8:	078a                	sll	a5,a5,0x2
804005fa:	8f4d                	or	a4,a4,a1
804005fc:	06a2                	sll	a3,a3,0x8
804005fe:	1f078793          	add	a5,a5,496
80400602:	978a                	add	a5,a5,sp
80400604:	8f55                	or	a4,a4,a3
80400606:	e2e7a623          	sw	a4,-468(a5)
8040060a:	b759                	j	80400590 <fdt_walk+0x272>
8040060c:	00044703          	lbu	a4,0(s0)
80400610:	00144603          	lbu	a2,1(s0)
80400614:	00344583          	lbu	a1,3(s0)
80400618:	00244683          	lbu	a3,2(s0)
8040061c:	003c1793          	sll	a5,s8,0x3
80400620:	0762                	sll	a4,a4,0x18
80400622:	0642                	sll	a2,a2,0x10
80400624:	418787b3          	sub	a5,a5,s8
80400628:	8f51                	or	a4,a4,a2
8040062a:	078a                	sll	a5,a5,0x2
8040062c:	8f4d                	or	a4,a4,a1
8040062e:	06a2                	sll	a3,a3,0x8
80400630:	1f078793          	add	a5,a5,496
80400634:	978a                	add	a5,a5,sp
80400636:	8f55                	or	a4,a4,a3
80400638:	e2e7a423          	sw	a4,-472(a5)
8040063c:	bf91                	j	80400590 <fdt_walk+0x272>
8040063e:	804057b7          	lui	a5,0x80405
80400642:	17878593          	add	a1,a5,376 # 80405178 <__udivdi3+0x1242>
80400646:	856a                	mv	a0,s10
80400648:	53c010ef          	jal	80401b84 <strcmp>
8040064c:	e565                	bnez	a0,80400734 <fdt_walk+0x416>
8040064e:	80405637          	lui	a2,0x80405
80400652:	18460613          	add	a2,a2,388 # 80405184 <__udivdi3+0x124e>
80400656:	85ee                	mv	a1,s11
80400658:	8522                	mv	a0,s0
8040065a:	365d                	jal	80400200 <strlist_has>
8040065c:	003c1793          	sll	a5,s8,0x3
80400660:	418787b3          	sub	a5,a5,s8
80400664:	078a                	sll	a5,a5,0x2
80400666:	1f078793          	add	a5,a5,496
8040066a:	978a                	add	a5,a5,sp
8040066c:	e387a703          	lw	a4,-456(a5)
80400670:	8f49                	or	a4,a4,a0
80400672:	e2e7ac23          	sw	a4,-456(a5)
80400676:	bf29                	j	80400590 <fdt_walk+0x272>
80400678:	22c12083          	lw	ra,556(sp)
8040067c:	22812403          	lw	s0,552(sp)
80400680:	22412483          	lw	s1,548(sp)
80400684:	22012903          	lw	s2,544(sp)
80400688:	21c12983          	lw	s3,540(sp)
8040068c:	21812a03          	lw	s4,536(sp)
80400690:	21412a83          	lw	s5,532(sp)
80400694:	21012b03          	lw	s6,528(sp)
80400698:	20c12b83          	lw	s7,524(sp)
8040069c:	20812c03          	lw	s8,520(sp)
804006a0:	20412c83          	lw	s9,516(sp)
804006a4:	20012d03          	lw	s10,512(sp)
804006a8:	1fc12d83          	lw	s11,508(sp)
804006ac:	23010113          	add	sp,sp,560
804006b0:	8082                	ret
804006b2:	008ca603          	lw	a2,8(s9)
804006b6:	004ca583          	lw	a1,4(s9)
804006ba:	0038                	add	a4,sp,8
804006bc:	868a                	mv	a3,sp
804006be:	8522                	mv	a0,s0
804006c0:	3e6d                	jal	8040027a <node_reg.isra.0>
804006c2:	de050be3          	beqz	a0,804004b8 <fdt_walk+0x19a>
804006c6:	4712                	lw	a4,4(sp)
804006c8:	4782                	lw	a5,0(sp)
804006ca:	de0717e3          	bnez	a4,804004b8 <fdt_walk+0x19a>
804006ce:	777d                	lui	a4,0xfffff
804006d0:	dee7f4e3          	bgeu	a5,a4,804004b8 <fdt_walk+0x19a>
804006d4:	4732                	lw	a4,12(sp)
804006d6:	e709                	bnez	a4,804006e0 <fdt_walk+0x3c2>
804006d8:	46a2                	lw	a3,8(sp)
804006da:	6705                	lui	a4,0x1
804006dc:	dce6eee3          	bltu	a3,a4,804004b8 <fdt_walk+0x19a>
804006e0:	4705                	li	a4,1
804006e2:	20e9a423          	sw	a4,520(s3)
804006e6:	20f9a623          	sw	a5,524(s3)
804006ea:	b3f9                	j	804004b8 <fdt_walk+0x19a>
804006ec:	008ca603          	lw	a2,8(s9)
804006f0:	004ca583          	lw	a1,4(s9)
804006f4:	0038                	add	a4,sp,8
804006f6:	868a                	mv	a3,sp
804006f8:	8522                	mv	a0,s0
804006fa:	3641                	jal	8040027a <node_reg.isra.0>
804006fc:	da0501e3          	beqz	a0,8040049e <fdt_walk+0x180>
80400700:	4682                	lw	a3,0(sp)
80400702:	4622                	lw	a2,8(sp)
80400704:	4e12                	lw	t3,4(sp)
80400706:	4532                	lw	a0,12(sp)
80400708:	00c68733          	add	a4,a3,a2
8040070c:	00d735b3          	sltu	a1,a4,a3
80400710:	00ae0eb3          	add	t4,t3,a0
80400714:	95f6                	add	a1,a1,t4
80400716:	0e0e1f63          	bnez	t3,80400814 <fdt_walk+0x4f6>
8040071a:	7e7d                	lui	t3,0xfffff
8040071c:	0fc6fc63          	bgeu	a3,t3,80400814 <fdt_walk+0x4f6>
80400720:	8e49                	or	a2,a2,a0
80400722:	0e060963          	beqz	a2,80400814 <fdt_walk+0x4f6>
80400726:	00d9a023          	sw	a3,0(s3)
8040072a:	cd9d                	beqz	a1,80400768 <fdt_walk+0x44a>
8040072c:	777d                	lui	a4,0xfffff
8040072e:	00e9a223          	sw	a4,4(s3)
80400732:	b3b5                	j	8040049e <fdt_walk+0x180>
80400734:	804055b7          	lui	a1,0x80405
80400738:	19858593          	add	a1,a1,408 # 80405198 <__udivdi3+0x1262>
8040073c:	856a                	mv	a0,s10
8040073e:	446010ef          	jal	80401b84 <strcmp>
80400742:	872a                	mv	a4,a0
80400744:	e51d                	bnez	a0,80400772 <fdt_walk+0x454>
80400746:	4789                	li	a5,2
80400748:	08fc0a63          	beq	s8,a5,804007dc <fdt_walk+0x4be>
8040074c:	003c1793          	sll	a5,s8,0x3
80400750:	418787b3          	sub	a5,a5,s8
80400754:	078a                	sll	a5,a5,0x2
80400756:	1f078793          	add	a5,a5,496
8040075a:	978a                	add	a5,a5,sp
8040075c:	e3c7a683          	lw	a3,-452(a5)
80400760:	8f55                	or	a4,a4,a3
80400762:	e2e7ae23          	sw	a4,-452(a5)
80400766:	b52d                	j	80400590 <fdt_walk+0x272>
80400768:	76fd                	lui	a3,0xfffff
8040076a:	fce6f2e3          	bgeu	a3,a4,8040072e <fdt_walk+0x410>
8040076e:	777d                	lui	a4,0xfffff
80400770:	bf7d                	j	8040072e <fdt_walk+0x410>
80400772:	804055b7          	lui	a1,0x80405
80400776:	1a458593          	add	a1,a1,420 # 804051a4 <__udivdi3+0x126e>
8040077a:	856a                	mv	a0,s10
8040077c:	408010ef          	jal	80401b84 <strcmp>
80400780:	e00518e3          	bnez	a0,80400590 <fdt_walk+0x272>
80400784:	4789                	li	a5,2
80400786:	e0fc15e3          	bne	s8,a5,80400590 <fdt_walk+0x272>
8040078a:	4536                	lw	a0,76(sp)
8040078c:	804055b7          	lui	a1,0x80405
80400790:	1b058593          	add	a1,a1,432 # 804051b0 <__udivdi3+0x127a>
80400794:	3f0010ef          	jal	80401b84 <strcmp>
80400798:	de051ce3          	bnez	a0,80400590 <fdt_walk+0x272>
8040079c:	4d01                	li	s10,0
8040079e:	1ff00793          	li	a5,511
804007a2:	000d9863          	bnez	s11,804007b2 <fdt_walk+0x494>
804007a6:	a819                	j	804007bc <fdt_walk+0x49e>
804007a8:	0d05                	add	s10,s10,1
804007aa:	01ad8963          	beq	s11,s10,804007bc <fdt_walk+0x49e>
804007ae:	00fd0763          	beq	s10,a5,804007bc <fdt_walk+0x49e>
804007b2:	01a40733          	add	a4,s0,s10
804007b6:	00074703          	lbu	a4,0(a4) # fffff000 <kernel_end+0x7fb0c000>
804007ba:	f77d                	bnez	a4,804007a8 <fdt_walk+0x48a>
804007bc:	866a                	mv	a2,s10
804007be:	85a2                	mv	a1,s0
804007c0:	00898513          	add	a0,s3,8
804007c4:	9d4e                	add	s10,s10,s3
804007c6:	316010ef          	jal	80401adc <memcpy>
804007ca:	000d0423          	sb	zero,8(s10)
804007ce:	b3c9                	j	80400590 <fdt_walk+0x272>
804007d0:	80405537          	lui	a0,0x80405
804007d4:	0e850513          	add	a0,a0,232 # 804050e8 <__udivdi3+0x11b2>
804007d8:	28c010ef          	jal	80401a64 <panic>
804007dc:	80405637          	lui	a2,0x80405
804007e0:	10860613          	add	a2,a2,264 # 80405108 <__udivdi3+0x11d2>
804007e4:	85ee                	mv	a1,s11
804007e6:	8522                	mv	a0,s0
804007e8:	3c21                	jal	80400200 <strlist_has>
804007ea:	00a03733          	snez	a4,a0
804007ee:	bfb9                	j	8040074c <fdt_walk+0x42e>
804007f0:	80405537          	lui	a0,0x80405
804007f4:	1f050513          	add	a0,a0,496 # 804051f0 <__udivdi3+0x12ba>
804007f8:	26c010ef          	jal	80401a64 <panic>
804007fc:	80405537          	lui	a0,0x80405
80400800:	11850513          	add	a0,a0,280 # 80405118 <__udivdi3+0x11e2>
80400804:	260010ef          	jal	80401a64 <panic>
80400808:	80405537          	lui	a0,0x80405
8040080c:	0c450513          	add	a0,a0,196 # 804050c4 <__udivdi3+0x118e>
80400810:	254010ef          	jal	80401a64 <panic>
80400814:	80405537          	lui	a0,0x80405
80400818:	1b850513          	add	a0,a0,440 # 804051b8 <__udivdi3+0x1282>
8040081c:	248010ef          	jal	80401a64 <panic>
80400820:	80405537          	lui	a0,0x80405
80400824:	13850513          	add	a0,a0,312 # 80405138 <__udivdi3+0x1202>
80400828:	23c010ef          	jal	80401a64 <panic>

8040082c <fdt_parse>:
8040082c:	7139                	add	sp,sp,-64
8040082e:	da26                	sw	s1,52(sp)
80400830:	84ae                	mv	s1,a1
80400832:	dc22                	sw	s0,56(sp)
80400834:	21000613          	li	a2,528
80400838:	842a                	mv	s0,a0
8040083a:	4581                	li	a1,0
8040083c:	8526                	mv	a0,s1
8040083e:	de06                	sw	ra,60(sp)
80400840:	d84a                	sw	s2,48(sp)
80400842:	d64e                	sw	s3,44(sp)
80400844:	d452                	sw	s4,40(sp)
80400846:	d256                	sw	s5,36(sp)
80400848:	252010ef          	jal	80401a9a <memset>
8040084c:	12040b63          	beqz	s0,80400982 <fdt_parse+0x156>
80400850:	00347793          	and	a5,s0,3
80400854:	12079763          	bnez	a5,80400982 <fdt_parse+0x156>
80400858:	00044783          	lbu	a5,0(s0)
8040085c:	00144683          	lbu	a3,1(s0)
80400860:	00344603          	lbu	a2,3(s0)
80400864:	00244703          	lbu	a4,2(s0)
80400868:	07e2                	sll	a5,a5,0x18
8040086a:	06c2                	sll	a3,a3,0x10
8040086c:	8fd5                	or	a5,a5,a3
8040086e:	0722                	sll	a4,a4,0x8
80400870:	8fd1                	or	a5,a5,a2
80400872:	8fd9                	or	a5,a5,a4
80400874:	d00e0737          	lui	a4,0xd00e0
80400878:	eed70713          	add	a4,a4,-275 # d00dfeed <kernel_end+0x4fbeceed>
8040087c:	10e79363          	bne	a5,a4,80400982 <fdt_parse+0x156>
80400880:	00444583          	lbu	a1,4(s0)
80400884:	00544903          	lbu	s2,5(s0)
80400888:	00844703          	lbu	a4,8(s0)
8040088c:	00944a83          	lbu	s5,9(s0)
80400890:	00c44603          	lbu	a2,12(s0)
80400894:	00d44283          	lbu	t0,13(s0)
80400898:	02044683          	lbu	a3,32(s0)
8040089c:	02144f03          	lbu	t5,33(s0)
804008a0:	02444783          	lbu	a5,36(s0)
804008a4:	02544e83          	lbu	t4,37(s0)
804008a8:	00744a03          	lbu	s4,7(s0)
804008ac:	00644e03          	lbu	t3,6(s0)
804008b0:	0942                	sll	s2,s2,0x10
804008b2:	00b44983          	lbu	s3,11(s0)
804008b6:	00a44303          	lbu	t1,10(s0)
804008ba:	00f44083          	lbu	ra,15(s0)
804008be:	00e44883          	lbu	a7,14(s0)
804008c2:	02344383          	lbu	t2,35(s0)
804008c6:	02244803          	lbu	a6,34(s0)
804008ca:	02744f83          	lbu	t6,39(s0)
804008ce:	02644503          	lbu	a0,38(s0)
804008d2:	05e2                	sll	a1,a1,0x18
804008d4:	0125e5b3          	or	a1,a1,s2
804008d8:	0762                	sll	a4,a4,0x18
804008da:	010a9913          	sll	s2,s5,0x10
804008de:	0662                	sll	a2,a2,0x18
804008e0:	02c2                	sll	t0,t0,0x10
804008e2:	06e2                	sll	a3,a3,0x18
804008e4:	0f42                	sll	t5,t5,0x10
804008e6:	07e2                	sll	a5,a5,0x18
804008e8:	0ec2                	sll	t4,t4,0x10
804008ea:	0e22                	sll	t3,t3,0x8
804008ec:	0145e5b3          	or	a1,a1,s4
804008f0:	01276733          	or	a4,a4,s2
804008f4:	00566633          	or	a2,a2,t0
804008f8:	01e6e6b3          	or	a3,a3,t5
804008fc:	01d7e7b3          	or	a5,a5,t4
80400900:	01376733          	or	a4,a4,s3
80400904:	0322                	sll	t1,t1,0x8
80400906:	00166633          	or	a2,a2,ra
8040090a:	08a2                	sll	a7,a7,0x8
8040090c:	0076e6b3          	or	a3,a3,t2
80400910:	0822                	sll	a6,a6,0x8
80400912:	01f7e7b3          	or	a5,a5,t6
80400916:	0522                	sll	a0,a0,0x8
80400918:	01c5e5b3          	or	a1,a1,t3
8040091c:	01000e37          	lui	t3,0x1000
80400920:	00676733          	or	a4,a4,t1
80400924:	01166633          	or	a2,a2,a7
80400928:	0106e6b3          	or	a3,a3,a6
8040092c:	8fc9                	or	a5,a5,a0
8040092e:	04be6463          	bltu	t3,a1,80400976 <fdt_parse+0x14a>
80400932:	04e5e263          	bltu	a1,a4,80400976 <fdt_parse+0x14a>
80400936:	40e58533          	sub	a0,a1,a4
8040093a:	02f56e63          	bltu	a0,a5,80400976 <fdt_parse+0x14a>
8040093e:	02c5ec63          	bltu	a1,a2,80400976 <fdt_parse+0x14a>
80400942:	8d91                	sub	a1,a1,a2
80400944:	02d5e963          	bltu	a1,a3,80400976 <fdt_parse+0x14a>
80400948:	00377593          	and	a1,a4,3
8040094c:	e58d                	bnez	a1,80400976 <fdt_parse+0x14a>
8040094e:	97ba                	add	a5,a5,a4
80400950:	85a6                	mv	a1,s1
80400952:	0068                	add	a0,sp,12
80400954:	ca3e                	sw	a5,20(sp)
80400956:	c622                	sw	s0,12(sp)
80400958:	c83a                	sw	a4,16(sp)
8040095a:	cc32                	sw	a2,24(sp)
8040095c:	ce36                	sw	a3,28(sp)
8040095e:	32c1                	jal	8040031e <fdt_walk>
80400960:	40dc                	lw	a5,4(s1)
80400962:	c79d                	beqz	a5,80400990 <fdt_parse+0x164>
80400964:	50f2                	lw	ra,60(sp)
80400966:	5462                	lw	s0,56(sp)
80400968:	54d2                	lw	s1,52(sp)
8040096a:	5942                	lw	s2,48(sp)
8040096c:	59b2                	lw	s3,44(sp)
8040096e:	5a22                	lw	s4,40(sp)
80400970:	5a92                	lw	s5,36(sp)
80400972:	6121                	add	sp,sp,64
80400974:	8082                	ret
80400976:	80405537          	lui	a0,0x80405
8040097a:	22c50513          	add	a0,a0,556 # 8040522c <__udivdi3+0x12f6>
8040097e:	0e6010ef          	jal	80401a64 <panic>
80400982:	80405537          	lui	a0,0x80405
80400986:	85a2                	mv	a1,s0
80400988:	20c50513          	add	a0,a0,524 # 8040520c <__udivdi3+0x12d6>
8040098c:	0d8010ef          	jal	80401a64 <panic>
80400990:	80405537          	lui	a0,0x80405
80400994:	24850513          	add	a0,a0,584 # 80405248 <__udivdi3+0x1312>
80400998:	0cc010ef          	jal	80401a64 <panic>

8040099c <kinit>:
8040099c:	6685                	lui	a3,0x1
8040099e:	fff68713          	add	a4,a3,-1 # fff <_entry-0x803ff001>
804009a2:	77fd                	lui	a5,0xfffff
804009a4:	953a                	add	a0,a0,a4
804009a6:	8d7d                	and	a0,a0,a5
804009a8:	8dfd                	and	a1,a1,a5
804009aa:	804277b7          	lui	a5,0x80427
804009ae:	02a7a223          	sw	a0,36(a5) # 80427024 <range_start>
804009b2:	804277b7          	lui	a5,0x80427
804009b6:	02b7a023          	sw	a1,32(a5) # 80427020 <range_end>
804009ba:	02b57e63          	bgeu	a0,a1,804009f6 <kinit+0x5a>
804009be:	40d586b3          	sub	a3,a1,a3
804009c2:	87b6                	mv	a5,a3
804009c4:	00b6b633          	sltu	a2,a3,a1
804009c8:	8736                	mv	a4,a3
804009ca:	02a6e963          	bltu	a3,a0,804009fc <kinit+0x60>
804009ce:	c61d                	beqz	a2,804009fc <kinit+0x60>
804009d0:	804278b7          	lui	a7,0x80427
804009d4:	0288a603          	lw	a2,40(a7) # 80427028 <free_list>
804009d8:	787d                	lui	a6,0xfffff
804009da:	a809                	j	804009ec <kinit+0x50>
804009dc:	97c2                	add	a5,a5,a6
804009de:	86be                	mv	a3,a5
804009e0:	00a7ec63          	bltu	a5,a0,804009f8 <kinit+0x5c>
804009e4:	863a                	mv	a2,a4
804009e6:	00b7f963          	bgeu	a5,a1,804009f8 <kinit+0x5c>
804009ea:	873e                	mv	a4,a5
804009ec:	c310                	sw	a2,0(a4)
804009ee:	fef567e3          	bltu	a0,a5,804009dc <kinit+0x40>
804009f2:	02e8a423          	sw	a4,40(a7)
804009f6:	8082                	ret
804009f8:	02e8a423          	sw	a4,40(a7)
804009fc:	80405537          	lui	a0,0x80405
80400a00:	1141                	add	sp,sp,-16
80400a02:	85b6                	mv	a1,a3
80400a04:	26450513          	add	a0,a0,612 # 80405264 <__udivdi3+0x132e>
80400a08:	c606                	sw	ra,12(sp)
80400a0a:	05a010ef          	jal	80401a64 <panic>

80400a0e <kalloc>:
80400a0e:	1141                	add	sp,sp,-16
80400a10:	804277b7          	lui	a5,0x80427
80400a14:	c422                	sw	s0,8(sp)
80400a16:	0287a403          	lw	s0,40(a5) # 80427028 <free_list>
80400a1a:	c606                	sw	ra,12(sp)
80400a1c:	c809                	beqz	s0,80400a2e <kalloc+0x20>
80400a1e:	4018                	lw	a4,0(s0)
80400a20:	6605                	lui	a2,0x1
80400a22:	4581                	li	a1,0
80400a24:	8522                	mv	a0,s0
80400a26:	02e7a423          	sw	a4,40(a5)
80400a2a:	070010ef          	jal	80401a9a <memset>
80400a2e:	40b2                	lw	ra,12(sp)
80400a30:	8522                	mv	a0,s0
80400a32:	4422                	lw	s0,8(sp)
80400a34:	0141                	add	sp,sp,16
80400a36:	8082                	ret

80400a38 <kfree>:
80400a38:	01451793          	sll	a5,a0,0x14
80400a3c:	e78d                	bnez	a5,80400a66 <kfree+0x2e>
80400a3e:	804277b7          	lui	a5,0x80427
80400a42:	0247a783          	lw	a5,36(a5) # 80427024 <range_start>
80400a46:	02f56063          	bltu	a0,a5,80400a66 <kfree+0x2e>
80400a4a:	804277b7          	lui	a5,0x80427
80400a4e:	0207a783          	lw	a5,32(a5) # 80427020 <range_end>
80400a52:	00f57a63          	bgeu	a0,a5,80400a66 <kfree+0x2e>
80400a56:	804277b7          	lui	a5,0x80427
80400a5a:	0287a703          	lw	a4,40(a5) # 80427028 <free_list>
80400a5e:	02a7a423          	sw	a0,40(a5)
80400a62:	c118                	sw	a4,0(a0)
80400a64:	8082                	ret
80400a66:	85aa                	mv	a1,a0
80400a68:	80405537          	lui	a0,0x80405
80400a6c:	1141                	add	sp,sp,-16
80400a6e:	26450513          	add	a0,a0,612 # 80405264 <__udivdi3+0x132e>
80400a72:	c606                	sw	ra,12(sp)
80400a74:	7f1000ef          	jal	80401a64 <panic>

80400a78 <kvm_map>:
80400a78:	7179                	add	sp,sp,-48
80400a7a:	ca56                	sw	s5,20(sp)
80400a7c:	d606                	sw	ra,44(sp)
80400a7e:	d422                	sw	s0,40(sp)
80400a80:	d226                	sw	s1,36(sp)
80400a82:	d04a                	sw	s2,32(sp)
80400a84:	ce4e                	sw	s3,28(sp)
80400a86:	cc52                	sw	s4,24(sp)
80400a88:	c85a                	sw	s6,16(sp)
80400a8a:	c65e                	sw	s7,12(sp)
80400a8c:	c462                	sw	s8,8(sp)
80400a8e:	00c50ab3          	add	s5,a0,a2
80400a92:	07557763          	bgeu	a0,s5,80400b00 <kvm_map+0x88>
80400a96:	004004b7          	lui	s1,0x400
80400a9a:	842a                	mv	s0,a0
80400a9c:	89ae                	mv	s3,a1
80400a9e:	8b36                	mv	s6,a3
80400aa0:	80427c37          	lui	s8,0x80427
80400aa4:	fff48b93          	add	s7,s1,-1 # 3fffff <_entry-0x80000001>
80400aa8:	6a05                	lui	s4,0x1
80400aaa:	030c2903          	lw	s2,48(s8) # 80427030 <kernel_pagetable>
80400aae:	01645793          	srl	a5,s0,0x16
80400ab2:	078a                	sll	a5,a5,0x2
80400ab4:	993e                	add	s2,s2,a5
80400ab6:	00092703          	lw	a4,0(s2)
80400aba:	013467b3          	or	a5,s0,s3
80400abe:	0177f7b3          	and	a5,a5,s7
80400ac2:	00177693          	and	a3,a4,1
80400ac6:	cba9                	beqz	a5,80400b18 <kvm_map+0xa0>
80400ac8:	cabd                	beqz	a3,80400b3e <kvm_map+0xc6>
80400aca:	00e77793          	and	a5,a4,14
80400ace:	ebc1                	bnez	a5,80400b5e <kvm_map+0xe6>
80400ad0:	00c45513          	srl	a0,s0,0xc
80400ad4:	3ff57513          	and	a0,a0,1023
80400ad8:	8329                	srl	a4,a4,0xa
80400ada:	050a                	sll	a0,a0,0x2
80400adc:	0732                	sll	a4,a4,0xc
80400ade:	953a                	add	a0,a0,a4
80400ae0:	cd3d                	beqz	a0,80400b5e <kvm_map+0xe6>
80400ae2:	411c                	lw	a5,0(a0)
80400ae4:	8b85                	and	a5,a5,1
80400ae6:	efa5                	bnez	a5,80400b5e <kvm_map+0xe6>
80400ae8:	00c9d793          	srl	a5,s3,0xc
80400aec:	07aa                	sll	a5,a5,0xa
80400aee:	0167e7b3          	or	a5,a5,s6
80400af2:	0c17e793          	or	a5,a5,193
80400af6:	c11c                	sw	a5,0(a0)
80400af8:	9452                	add	s0,s0,s4
80400afa:	99d2                	add	s3,s3,s4
80400afc:	fb5467e3          	bltu	s0,s5,80400aaa <kvm_map+0x32>
80400b00:	50b2                	lw	ra,44(sp)
80400b02:	5422                	lw	s0,40(sp)
80400b04:	5492                	lw	s1,36(sp)
80400b06:	5902                	lw	s2,32(sp)
80400b08:	49f2                	lw	s3,28(sp)
80400b0a:	4a62                	lw	s4,24(sp)
80400b0c:	4ad2                	lw	s5,20(sp)
80400b0e:	4b42                	lw	s6,16(sp)
80400b10:	4bb2                	lw	s7,12(sp)
80400b12:	4c22                	lw	s8,8(sp)
80400b14:	6145                	add	sp,sp,48
80400b16:	8082                	ret
80400b18:	408a87b3          	sub	a5,s5,s0
80400b1c:	fa97e6e3          	bltu	a5,s1,80400ac8 <kvm_map+0x50>
80400b20:	e6b1                	bnez	a3,80400b6c <kvm_map+0xf4>
80400b22:	00c9d793          	srl	a5,s3,0xc
80400b26:	07aa                	sll	a5,a5,0xa
80400b28:	0167e7b3          	or	a5,a5,s6
80400b2c:	0c17e793          	or	a5,a5,193
80400b30:	00f92023          	sw	a5,0(s2)
80400b34:	9426                	add	s0,s0,s1
80400b36:	99a6                	add	s3,s3,s1
80400b38:	f75469e3          	bltu	s0,s5,80400aaa <kvm_map+0x32>
80400b3c:	b7d1                	j	80400b00 <kvm_map+0x88>
80400b3e:	3dc1                	jal	80400a0e <kalloc>
80400b40:	cd19                	beqz	a0,80400b5e <kvm_map+0xe6>
80400b42:	00c55713          	srl	a4,a0,0xc
80400b46:	00c45793          	srl	a5,s0,0xc
80400b4a:	072a                	sll	a4,a4,0xa
80400b4c:	3ff7f793          	and	a5,a5,1023
80400b50:	00176713          	or	a4,a4,1
80400b54:	078a                	sll	a5,a5,0x2
80400b56:	00e92023          	sw	a4,0(s2)
80400b5a:	953e                	add	a0,a0,a5
80400b5c:	b759                	j	80400ae2 <kvm_map+0x6a>
80400b5e:	80405537          	lui	a0,0x80405
80400b62:	85a2                	mv	a1,s0
80400b64:	29450513          	add	a0,a0,660 # 80405294 <__udivdi3+0x135e>
80400b68:	6fd000ef          	jal	80401a64 <panic>
80400b6c:	80405537          	lui	a0,0x80405
80400b70:	85a2                	mv	a1,s0
80400b72:	27850513          	add	a0,a0,632 # 80405278 <__udivdi3+0x1342>
80400b76:	6ef000ef          	jal	80401a64 <panic>

80400b7a <kvm_init>:
80400b7a:	1141                	add	sp,sp,-16
80400b7c:	c422                	sw	s0,8(sp)
80400b7e:	c226                	sw	s1,4(sp)
80400b80:	c606                	sw	ra,12(sp)
80400b82:	842a                	mv	s0,a0
80400b84:	804274b7          	lui	s1,0x80427
80400b88:	3559                	jal	80400a0e <kalloc>
80400b8a:	02a4a823          	sw	a0,48(s1) # 80427030 <kernel_pagetable>
80400b8e:	c151                	beqz	a0,80400c12 <kvm_init+0x98>
80400b90:	405c                	lw	a5,4(s0)
80400b92:	7fc00637          	lui	a2,0x7fc00
80400b96:	46b9                	li	a3,14
80400b98:	963e                	add	a2,a2,a5
80400b9a:	804005b7          	lui	a1,0x80400
80400b9e:	80400537          	lui	a0,0x80400
80400ba2:	3dd9                	jal	80400a78 <kvm_map>
80400ba4:	4699                	li	a3,6
80400ba6:	00600637          	lui	a2,0x600
80400baa:	0c0005b7          	lui	a1,0xc000
80400bae:	0c000537          	lui	a0,0xc000
80400bb2:	35d9                	jal	80400a78 <kvm_map>
80400bb4:	4699                	li	a3,6
80400bb6:	6605                	lui	a2,0x1
80400bb8:	100005b7          	lui	a1,0x10000
80400bbc:	10000537          	lui	a0,0x10000
80400bc0:	3d65                	jal	80400a78 <kvm_map>
80400bc2:	20842783          	lw	a5,520(s0)
80400bc6:	eb8d                	bnez	a5,80400bf8 <kvm_init+0x7e>
80400bc8:	804276b7          	lui	a3,0x80427
80400bcc:	0304a783          	lw	a5,48(s1)
80400bd0:	02c6a703          	lw	a4,44(a3) # 8042702c <active_pagetable>
80400bd4:	00e78d63          	beq	a5,a4,80400bee <kvm_init+0x74>
80400bd8:	00c7d713          	srl	a4,a5,0xc
80400bdc:	80000637          	lui	a2,0x80000
80400be0:	8f51                	or	a4,a4,a2
80400be2:	18071073          	csrw	satp,a4
80400be6:	12000073          	sfence.vma
80400bea:	02f6a623          	sw	a5,44(a3)
80400bee:	40b2                	lw	ra,12(sp)
80400bf0:	4422                	lw	s0,8(sp)
80400bf2:	4492                	lw	s1,4(sp)
80400bf4:	0141                	add	sp,sp,16
80400bf6:	8082                	ret
80400bf8:	20c42583          	lw	a1,524(s0)
80400bfc:	6609                	lui	a2,0x2
80400bfe:	167d                	add	a2,a2,-1 # 1fff <_entry-0x803fe001>
80400c00:	77fd                	lui	a5,0xfffff
80400c02:	962e                	add	a2,a2,a1
80400c04:	8e7d                	and	a2,a2,a5
80400c06:	8dfd                	and	a1,a1,a5
80400c08:	4699                	li	a3,6
80400c0a:	8e0d                	sub	a2,a2,a1
80400c0c:	852e                	mv	a0,a1
80400c0e:	35ad                	jal	80400a78 <kvm_map>
80400c10:	bf65                	j	80400bc8 <kvm_init+0x4e>
80400c12:	80405537          	lui	a0,0x80405
80400c16:	2ac50513          	add	a0,a0,684 # 804052ac <__udivdi3+0x1376>
80400c1a:	64b000ef          	jal	80401a64 <panic>

80400c1e <vm_switch>:
80400c1e:	80427737          	lui	a4,0x80427
80400c22:	02c72783          	lw	a5,44(a4) # 8042702c <active_pagetable>
80400c26:	00a78d63          	beq	a5,a0,80400c40 <vm_switch+0x22>
80400c2a:	00c55793          	srl	a5,a0,0xc
80400c2e:	800006b7          	lui	a3,0x80000
80400c32:	8fd5                	or	a5,a5,a3
80400c34:	18079073          	csrw	satp,a5
80400c38:	12000073          	sfence.vma
80400c3c:	02a72623          	sw	a0,44(a4)
80400c40:	8082                	ret

80400c42 <uvm_create>:
80400c42:	1141                	add	sp,sp,-16
80400c44:	c422                	sw	s0,8(sp)
80400c46:	c606                	sw	ra,12(sp)
80400c48:	33d9                	jal	80400a0e <kalloc>
80400c4a:	842a                	mv	s0,a0
80400c4c:	cd11                	beqz	a0,80400c68 <uvm_create+0x26>
80400c4e:	804277b7          	lui	a5,0x80427
80400c52:	0307a583          	lw	a1,48(a5) # 80427030 <kernel_pagetable>
80400c56:	6605                	lui	a2,0x1
80400c58:	f4060613          	add	a2,a2,-192 # f40 <_entry-0x803ff0c0>
80400c5c:	0c058593          	add	a1,a1,192 # 100000c0 <_entry-0x703fff40>
80400c60:	0c050513          	add	a0,a0,192
80400c64:	679000ef          	jal	80401adc <memcpy>
80400c68:	40b2                	lw	ra,12(sp)
80400c6a:	8522                	mv	a0,s0
80400c6c:	4422                	lw	s0,8(sp)
80400c6e:	0141                	add	sp,sp,16
80400c70:	8082                	ret

80400c72 <uvm_free>:
80400c72:	804277b7          	lui	a5,0x80427
80400c76:	02c7a783          	lw	a5,44(a5) # 8042702c <active_pagetable>
80400c7a:	1101                	add	sp,sp,-32
80400c7c:	ce06                	sw	ra,28(sp)
80400c7e:	cc22                	sw	s0,24(sp)
80400c80:	ca26                	sw	s1,20(sp)
80400c82:	c84a                	sw	s2,16(sp)
80400c84:	c64e                	sw	s3,12(sp)
80400c86:	c452                	sw	s4,8(sp)
80400c88:	c256                	sw	s5,4(sp)
80400c8a:	c05a                	sw	s6,0(sp)
80400c8c:	06a78463          	beq	a5,a0,80400cf4 <uvm_free+0x82>
80400c90:	8aaa                	mv	s5,a0
80400c92:	892a                	mv	s2,a0
80400c94:	0c050993          	add	s3,a0,192
80400c98:	6a05                	lui	s4,0x1
80400c9a:	a021                	j	80400ca2 <uvm_free+0x30>
80400c9c:	0911                	add	s2,s2,4
80400c9e:	05390063          	beq	s2,s3,80400cde <uvm_free+0x6c>
80400ca2:	00092783          	lw	a5,0(s2)
80400ca6:	0017f713          	and	a4,a5,1
80400caa:	db6d                	beqz	a4,80400c9c <uvm_free+0x2a>
80400cac:	83a9                	srl	a5,a5,0xa
80400cae:	00c79413          	sll	s0,a5,0xc
80400cb2:	8b22                	mv	s6,s0
80400cb4:	014404b3          	add	s1,s0,s4
80400cb8:	a021                	j	80400cc0 <uvm_free+0x4e>
80400cba:	0411                	add	s0,s0,4
80400cbc:	00848c63          	beq	s1,s0,80400cd4 <uvm_free+0x62>
80400cc0:	4008                	lw	a0,0(s0)
80400cc2:	00157793          	and	a5,a0,1
80400cc6:	dbf5                	beqz	a5,80400cba <uvm_free+0x48>
80400cc8:	8129                	srl	a0,a0,0xa
80400cca:	0532                	sll	a0,a0,0xc
80400ccc:	0411                	add	s0,s0,4
80400cce:	33ad                	jal	80400a38 <kfree>
80400cd0:	fe8498e3          	bne	s1,s0,80400cc0 <uvm_free+0x4e>
80400cd4:	855a                	mv	a0,s6
80400cd6:	0911                	add	s2,s2,4
80400cd8:	3385                	jal	80400a38 <kfree>
80400cda:	fd3914e3          	bne	s2,s3,80400ca2 <uvm_free+0x30>
80400cde:	4462                	lw	s0,24(sp)
80400ce0:	40f2                	lw	ra,28(sp)
80400ce2:	44d2                	lw	s1,20(sp)
80400ce4:	4942                	lw	s2,16(sp)
80400ce6:	49b2                	lw	s3,12(sp)
80400ce8:	4a22                	lw	s4,8(sp)
80400cea:	4b02                	lw	s6,0(sp)
80400cec:	8556                	mv	a0,s5
80400cee:	4a92                	lw	s5,4(sp)
80400cf0:	6105                	add	sp,sp,32
80400cf2:	b399                	j	80400a38 <kfree>
80400cf4:	80405537          	lui	a0,0x80405
80400cf8:	2c450513          	add	a0,a0,708 # 804052c4 <__udivdi3+0x138e>
80400cfc:	569000ef          	jal	80401a64 <panic>

80400d00 <uvm_alloc>:
80400d00:	1101                	add	sp,sp,-32
80400d02:	ca26                	sw	s1,20(sp)
80400d04:	c84a                	sw	s2,16(sp)
80400d06:	ce06                	sw	ra,28(sp)
80400d08:	cc22                	sw	s0,24(sp)
80400d0a:	c64e                	sw	s3,12(sp)
80400d0c:	c452                	sw	s4,8(sp)
80400d0e:	c256                	sw	s5,4(sp)
80400d10:	00c58933          	add	s2,a1,a2
80400d14:	84aa                	mv	s1,a0
80400d16:	0925fd63          	bgeu	a1,s2,80400db0 <uvm_alloc+0xb0>
80400d1a:	8aae                	mv	s5,a1
80400d1c:	89b6                	mv	s3,a3
80400d1e:	6a05                	lui	s4,0x1
80400d20:	a835                	j	80400d5c <uvm_alloc+0x5c>
80400d22:	00cad413          	srl	s0,s5,0xc
80400d26:	3ff47413          	and	s0,s0,1023
80400d2a:	83a9                	srl	a5,a5,0xa
80400d2c:	040a                	sll	s0,s0,0x2
80400d2e:	07b2                	sll	a5,a5,0xc
80400d30:	943e                	add	s0,s0,a5
80400d32:	eeb9                	bnez	a3,80400d90 <uvm_alloc+0x90>
80400d34:	cc31                	beqz	s0,80400d90 <uvm_alloc+0x90>
80400d36:	401c                	lw	a5,0(s0)
80400d38:	0017f713          	and	a4,a5,1
80400d3c:	0137e7b3          	or	a5,a5,s3
80400d40:	eb11                	bnez	a4,80400d54 <uvm_alloc+0x54>
80400d42:	31f1                	jal	80400a0e <kalloc>
80400d44:	00c55793          	srl	a5,a0,0xc
80400d48:	07aa                	sll	a5,a5,0xa
80400d4a:	0137e7b3          	or	a5,a5,s3
80400d4e:	c129                	beqz	a0,80400d90 <uvm_alloc+0x90>
80400d50:	0d17e793          	or	a5,a5,209
80400d54:	c01c                	sw	a5,0(s0)
80400d56:	9ad2                	add	s5,s5,s4
80400d58:	052afc63          	bgeu	s5,s2,80400db0 <uvm_alloc+0xb0>
80400d5c:	016ad413          	srl	s0,s5,0x16
80400d60:	040a                	sll	s0,s0,0x2
80400d62:	9426                	add	s0,s0,s1
80400d64:	401c                	lw	a5,0(s0)
80400d66:	0017f713          	and	a4,a5,1
80400d6a:	00e7f693          	and	a3,a5,14
80400d6e:	fb55                	bnez	a4,80400d22 <uvm_alloc+0x22>
80400d70:	3979                	jal	80400a0e <kalloc>
80400d72:	00cad793          	srl	a5,s5,0xc
80400d76:	00c55713          	srl	a4,a0,0xc
80400d7a:	3ff7f793          	and	a5,a5,1023
80400d7e:	072a                	sll	a4,a4,0xa
80400d80:	00176713          	or	a4,a4,1
80400d84:	078a                	sll	a5,a5,0x2
80400d86:	c509                	beqz	a0,80400d90 <uvm_alloc+0x90>
80400d88:	c018                	sw	a4,0(s0)
80400d8a:	00f50433          	add	s0,a0,a5
80400d8e:	b765                	j	80400d36 <uvm_alloc+0x36>
80400d90:	804277b7          	lui	a5,0x80427
80400d94:	02c7a783          	lw	a5,44(a5) # 8042702c <active_pagetable>
80400d98:	5551                	li	a0,-12
80400d9a:	02978263          	beq	a5,s1,80400dbe <uvm_alloc+0xbe>
80400d9e:	40f2                	lw	ra,28(sp)
80400da0:	4462                	lw	s0,24(sp)
80400da2:	44d2                	lw	s1,20(sp)
80400da4:	4942                	lw	s2,16(sp)
80400da6:	49b2                	lw	s3,12(sp)
80400da8:	4a22                	lw	s4,8(sp)
80400daa:	4a92                	lw	s5,4(sp)
80400dac:	6105                	add	sp,sp,32
80400dae:	8082                	ret
80400db0:	804277b7          	lui	a5,0x80427
80400db4:	02c7a783          	lw	a5,44(a5) # 8042702c <active_pagetable>
80400db8:	4501                	li	a0,0
80400dba:	fe9792e3          	bne	a5,s1,80400d9e <uvm_alloc+0x9e>
80400dbe:	12000073          	sfence.vma
80400dc2:	bff1                	j	80400d9e <uvm_alloc+0x9e>

80400dc4 <uvm_dealloc>:
80400dc4:	1101                	add	sp,sp,-32
80400dc6:	c84a                	sw	s2,16(sp)
80400dc8:	c64e                	sw	s3,12(sp)
80400dca:	ce06                	sw	ra,28(sp)
80400dcc:	cc22                	sw	s0,24(sp)
80400dce:	ca26                	sw	s1,20(sp)
80400dd0:	c452                	sw	s4,8(sp)
80400dd2:	00c589b3          	add	s3,a1,a2
80400dd6:	892a                	mv	s2,a0
80400dd8:	0535f963          	bgeu	a1,s3,80400e2a <uvm_dealloc+0x66>
80400ddc:	842e                	mv	s0,a1
80400dde:	6a05                	lui	s4,0x1
80400de0:	a021                	j	80400de8 <uvm_dealloc+0x24>
80400de2:	9452                	add	s0,s0,s4
80400de4:	05347363          	bgeu	s0,s3,80400e2a <uvm_dealloc+0x66>
80400de8:	01645793          	srl	a5,s0,0x16
80400dec:	078a                	sll	a5,a5,0x2
80400dee:	97ca                	add	a5,a5,s2
80400df0:	439c                	lw	a5,0(a5)
80400df2:	0017f713          	and	a4,a5,1
80400df6:	00e7f693          	and	a3,a5,14
80400dfa:	d765                	beqz	a4,80400de2 <uvm_dealloc+0x1e>
80400dfc:	00c45493          	srl	s1,s0,0xc
80400e00:	3ff4f493          	and	s1,s1,1023
80400e04:	83a9                	srl	a5,a5,0xa
80400e06:	048a                	sll	s1,s1,0x2
80400e08:	07b2                	sll	a5,a5,0xc
80400e0a:	94be                	add	s1,s1,a5
80400e0c:	faf9                	bnez	a3,80400de2 <uvm_dealloc+0x1e>
80400e0e:	d8f1                	beqz	s1,80400de2 <uvm_dealloc+0x1e>
80400e10:	409c                	lw	a5,0(s1)
80400e12:	0017f713          	and	a4,a5,1
80400e16:	d771                	beqz	a4,80400de2 <uvm_dealloc+0x1e>
80400e18:	83a9                	srl	a5,a5,0xa
80400e1a:	00c79513          	sll	a0,a5,0xc
80400e1e:	3929                	jal	80400a38 <kfree>
80400e20:	9452                	add	s0,s0,s4
80400e22:	0004a023          	sw	zero,0(s1)
80400e26:	fd3461e3          	bltu	s0,s3,80400de8 <uvm_dealloc+0x24>
80400e2a:	804277b7          	lui	a5,0x80427
80400e2e:	02c7a783          	lw	a5,44(a5) # 8042702c <active_pagetable>
80400e32:	01278a63          	beq	a5,s2,80400e46 <uvm_dealloc+0x82>
80400e36:	40f2                	lw	ra,28(sp)
80400e38:	4462                	lw	s0,24(sp)
80400e3a:	44d2                	lw	s1,20(sp)
80400e3c:	4942                	lw	s2,16(sp)
80400e3e:	49b2                	lw	s3,12(sp)
80400e40:	4a22                	lw	s4,8(sp)
80400e42:	6105                	add	sp,sp,32
80400e44:	8082                	ret
80400e46:	12000073          	sfence.vma
80400e4a:	40f2                	lw	ra,28(sp)
80400e4c:	4462                	lw	s0,24(sp)
80400e4e:	44d2                	lw	s1,20(sp)
80400e50:	4942                	lw	s2,16(sp)
80400e52:	49b2                	lw	s3,12(sp)
80400e54:	4a22                	lw	s4,8(sp)
80400e56:	6105                	add	sp,sp,32
80400e58:	8082                	ret

80400e5a <uvm_pa>:
80400e5a:	0c0007b7          	lui	a5,0xc000
80400e5e:	00f5e463          	bltu	a1,a5,80400e66 <uvm_pa+0xc>
80400e62:	4501                	li	a0,0
80400e64:	8082                	ret
80400e66:	0165d793          	srl	a5,a1,0x16
80400e6a:	078a                	sll	a5,a5,0x2
80400e6c:	953e                	add	a0,a0,a5
80400e6e:	411c                	lw	a5,0(a0)
80400e70:	0017f513          	and	a0,a5,1
80400e74:	d965                	beqz	a0,80400e64 <uvm_pa+0xa>
80400e76:	00e7f513          	and	a0,a5,14
80400e7a:	f565                	bnez	a0,80400e62 <uvm_pa+0x8>
80400e7c:	00c5d713          	srl	a4,a1,0xc
80400e80:	3ff77713          	and	a4,a4,1023
80400e84:	83a9                	srl	a5,a5,0xa
80400e86:	070a                	sll	a4,a4,0x2
80400e88:	07b2                	sll	a5,a5,0xc
80400e8a:	97ba                	add	a5,a5,a4
80400e8c:	01166613          	or	a2,a2,17
80400e90:	dbf1                	beqz	a5,80400e64 <uvm_pa+0xa>
80400e92:	439c                	lw	a5,0(a5)
80400e94:	00c7f733          	and	a4,a5,a2
80400e98:	fcc716e3          	bne	a4,a2,80400e64 <uvm_pa+0xa>
80400e9c:	83a9                	srl	a5,a5,0xa
80400e9e:	05d2                	sll	a1,a1,0x14
80400ea0:	07b2                	sll	a5,a5,0xc
80400ea2:	81d1                	srl	a1,a1,0x14
80400ea4:	00b7e533          	or	a0,a5,a1
80400ea8:	8082                	ret

80400eaa <copyin>:
80400eaa:	cacd                	beqz	a3,80400f5c <copyin+0xb2>
80400eac:	7179                	add	sp,sp,-48
80400eae:	d04a                	sw	s2,32(sp)
80400eb0:	d606                	sw	ra,44(sp)
80400eb2:	d422                	sw	s0,40(sp)
80400eb4:	d226                	sw	s1,36(sp)
80400eb6:	ce4e                	sw	s3,28(sp)
80400eb8:	cc52                	sw	s4,24(sp)
80400eba:	ca56                	sw	s5,20(sp)
80400ebc:	c85a                	sw	s6,16(sp)
80400ebe:	c65e                	sw	s7,12(sp)
80400ec0:	c462                	sw	s8,8(sp)
80400ec2:	0c0007b7          	lui	a5,0xc000
80400ec6:	8932                	mv	s2,a2
80400ec8:	00f66f63          	bltu	a2,a5,80400ee6 <copyin+0x3c>
80400ecc:	5549                	li	a0,-14
80400ece:	50b2                	lw	ra,44(sp)
80400ed0:	5422                	lw	s0,40(sp)
80400ed2:	5492                	lw	s1,36(sp)
80400ed4:	5902                	lw	s2,32(sp)
80400ed6:	49f2                	lw	s3,28(sp)
80400ed8:	4a62                	lw	s4,24(sp)
80400eda:	4ad2                	lw	s5,20(sp)
80400edc:	4b42                	lw	s6,16(sp)
80400ede:	4bb2                	lw	s7,12(sp)
80400ee0:	4c22                	lw	s8,8(sp)
80400ee2:	6145                	add	sp,sp,48
80400ee4:	8082                	ret
80400ee6:	6b05                	lui	s6,0x1
80400ee8:	8436                	mv	s0,a3
80400eea:	8a2a                	mv	s4,a0
80400eec:	8c2e                	mv	s8,a1
80400eee:	4acd                	li	s5,19
80400ef0:	fffb0b93          	add	s7,s6,-1 # fff <_entry-0x803ff001>
80400ef4:	0c0009b7          	lui	s3,0xc000
80400ef8:	01695793          	srl	a5,s2,0x16
80400efc:	078a                	sll	a5,a5,0x2
80400efe:	97d2                	add	a5,a5,s4
80400f00:	439c                	lw	a5,0(a5)
80400f02:	0017f713          	and	a4,a5,1
80400f06:	00e7f693          	and	a3,a5,14
80400f0a:	d369                	beqz	a4,80400ecc <copyin+0x22>
80400f0c:	00c95713          	srl	a4,s2,0xc
80400f10:	3ff77713          	and	a4,a4,1023
80400f14:	83a9                	srl	a5,a5,0xa
80400f16:	070a                	sll	a4,a4,0x2
80400f18:	07b2                	sll	a5,a5,0xc
80400f1a:	97ba                	add	a5,a5,a4
80400f1c:	fac5                	bnez	a3,80400ecc <copyin+0x22>
80400f1e:	017976b3          	and	a3,s2,s7
80400f22:	8562                	mv	a0,s8
80400f24:	40db04b3          	sub	s1,s6,a3
80400f28:	d3d5                	beqz	a5,80400ecc <copyin+0x22>
80400f2a:	4398                	lw	a4,0(a5)
80400f2c:	00a75793          	srl	a5,a4,0xa
80400f30:	07b2                	sll	a5,a5,0xc
80400f32:	8fd5                	or	a5,a5,a3
80400f34:	8b4d                	and	a4,a4,19
80400f36:	85be                	mv	a1,a5
80400f38:	f9571ae3          	bne	a4,s5,80400ecc <copyin+0x22>
80400f3c:	dbc1                	beqz	a5,80400ecc <copyin+0x22>
80400f3e:	00947363          	bgeu	s0,s1,80400f44 <copyin+0x9a>
80400f42:	84a2                	mv	s1,s0
80400f44:	8626                	mv	a2,s1
80400f46:	8c05                	sub	s0,s0,s1
80400f48:	395000ef          	jal	80401adc <memcpy>
80400f4c:	9926                	add	s2,s2,s1
80400f4e:	9c26                	add	s8,s8,s1
80400f50:	c401                	beqz	s0,80400f58 <copyin+0xae>
80400f52:	f7397de3          	bgeu	s2,s3,80400ecc <copyin+0x22>
80400f56:	b74d                	j	80400ef8 <copyin+0x4e>
80400f58:	4501                	li	a0,0
80400f5a:	bf95                	j	80400ece <copyin+0x24>
80400f5c:	4501                	li	a0,0
80400f5e:	8082                	ret

80400f60 <copyout>:
80400f60:	cacd                	beqz	a3,80401012 <copyout+0xb2>
80400f62:	7179                	add	sp,sp,-48
80400f64:	d04a                	sw	s2,32(sp)
80400f66:	d606                	sw	ra,44(sp)
80400f68:	d422                	sw	s0,40(sp)
80400f6a:	d226                	sw	s1,36(sp)
80400f6c:	ce4e                	sw	s3,28(sp)
80400f6e:	cc52                	sw	s4,24(sp)
80400f70:	ca56                	sw	s5,20(sp)
80400f72:	c85a                	sw	s6,16(sp)
80400f74:	c65e                	sw	s7,12(sp)
80400f76:	c462                	sw	s8,8(sp)
80400f78:	0c0007b7          	lui	a5,0xc000
80400f7c:	892e                	mv	s2,a1
80400f7e:	00f5ef63          	bltu	a1,a5,80400f9c <copyout+0x3c>
80400f82:	5549                	li	a0,-14
80400f84:	50b2                	lw	ra,44(sp)
80400f86:	5422                	lw	s0,40(sp)
80400f88:	5492                	lw	s1,36(sp)
80400f8a:	5902                	lw	s2,32(sp)
80400f8c:	49f2                	lw	s3,28(sp)
80400f8e:	4a62                	lw	s4,24(sp)
80400f90:	4ad2                	lw	s5,20(sp)
80400f92:	4b42                	lw	s6,16(sp)
80400f94:	4bb2                	lw	s7,12(sp)
80400f96:	4c22                	lw	s8,8(sp)
80400f98:	6145                	add	sp,sp,48
80400f9a:	8082                	ret
80400f9c:	6b05                	lui	s6,0x1
80400f9e:	8436                	mv	s0,a3
80400fa0:	8a2a                	mv	s4,a0
80400fa2:	8c32                	mv	s8,a2
80400fa4:	4ad5                	li	s5,21
80400fa6:	fffb0b93          	add	s7,s6,-1 # fff <_entry-0x803ff001>
80400faa:	0c0009b7          	lui	s3,0xc000
80400fae:	01695793          	srl	a5,s2,0x16
80400fb2:	078a                	sll	a5,a5,0x2
80400fb4:	97d2                	add	a5,a5,s4
80400fb6:	439c                	lw	a5,0(a5)
80400fb8:	0017f713          	and	a4,a5,1
80400fbc:	00e7f693          	and	a3,a5,14
80400fc0:	d369                	beqz	a4,80400f82 <copyout+0x22>
80400fc2:	00c95713          	srl	a4,s2,0xc
80400fc6:	3ff77713          	and	a4,a4,1023
80400fca:	83a9                	srl	a5,a5,0xa
80400fcc:	070a                	sll	a4,a4,0x2
80400fce:	07b2                	sll	a5,a5,0xc
80400fd0:	97ba                	add	a5,a5,a4
80400fd2:	fac5                	bnez	a3,80400f82 <copyout+0x22>
80400fd4:	017976b3          	and	a3,s2,s7
80400fd8:	85e2                	mv	a1,s8
80400fda:	40db04b3          	sub	s1,s6,a3
80400fde:	d3d5                	beqz	a5,80400f82 <copyout+0x22>
80400fe0:	4398                	lw	a4,0(a5)
80400fe2:	00a75793          	srl	a5,a4,0xa
80400fe6:	07b2                	sll	a5,a5,0xc
80400fe8:	8fd5                	or	a5,a5,a3
80400fea:	8b55                	and	a4,a4,21
80400fec:	853e                	mv	a0,a5
80400fee:	f9571ae3          	bne	a4,s5,80400f82 <copyout+0x22>
80400ff2:	dbc1                	beqz	a5,80400f82 <copyout+0x22>
80400ff4:	00947363          	bgeu	s0,s1,80400ffa <copyout+0x9a>
80400ff8:	84a2                	mv	s1,s0
80400ffa:	8626                	mv	a2,s1
80400ffc:	8c05                	sub	s0,s0,s1
80400ffe:	2df000ef          	jal	80401adc <memcpy>
80401002:	9926                	add	s2,s2,s1
80401004:	9c26                	add	s8,s8,s1
80401006:	c401                	beqz	s0,8040100e <copyout+0xae>
80401008:	f7397de3          	bgeu	s2,s3,80400f82 <copyout+0x22>
8040100c:	b74d                	j	80400fae <copyout+0x4e>
8040100e:	4501                	li	a0,0
80401010:	bf95                	j	80400f84 <copyout+0x24>
80401012:	4501                	li	a0,0
80401014:	8082                	ret

80401016 <copyinstr>:
80401016:	c2c9                	beqz	a3,80401098 <copyinstr+0x82>
80401018:	0c000337          	lui	t1,0xc000
8040101c:	00666463          	bltu	a2,t1,80401024 <copyinstr+0xe>
80401020:	5549                	li	a0,-14
80401022:	8082                	ret
80401024:	6f05                	lui	t5,0x1
80401026:	40c30333          	sub	t1,t1,a2
8040102a:	4781                	li	a5,0
8040102c:	4ecd                	li	t4,19
8040102e:	1f7d                	add	t5,t5,-1 # fff <_entry-0x803ff001>
80401030:	00f608b3          	add	a7,a2,a5
80401034:	0168d713          	srl	a4,a7,0x16
80401038:	070a                	sll	a4,a4,0x2
8040103a:	972a                	add	a4,a4,a0
8040103c:	4318                	lw	a4,0(a4)
8040103e:	00177813          	and	a6,a4,1
80401042:	00e77e13          	and	t3,a4,14
80401046:	fc080de3          	beqz	a6,80401020 <copyinstr+0xa>
8040104a:	00c8d813          	srl	a6,a7,0xc
8040104e:	3ff87813          	and	a6,a6,1023
80401052:	8329                	srl	a4,a4,0xa
80401054:	080a                	sll	a6,a6,0x2
80401056:	0732                	sll	a4,a4,0xc
80401058:	9742                	add	a4,a4,a6
8040105a:	fc0e13e3          	bnez	t3,80401020 <copyinstr+0xa>
8040105e:	00f58e33          	add	t3,a1,a5
80401062:	01e8f8b3          	and	a7,a7,t5
80401066:	df4d                	beqz	a4,80401020 <copyinstr+0xa>
80401068:	00072803          	lw	a6,0(a4)
8040106c:	00a85713          	srl	a4,a6,0xa
80401070:	0732                	sll	a4,a4,0xc
80401072:	01387813          	and	a6,a6,19
80401076:	01176733          	or	a4,a4,a7
8040107a:	fbd813e3          	bne	a6,t4,80401020 <copyinstr+0xa>
8040107e:	d34d                	beqz	a4,80401020 <copyinstr+0xa>
80401080:	00074703          	lbu	a4,0(a4)
80401084:	00ee0023          	sb	a4,0(t3) # 1000000 <_entry-0x7f400000>
80401088:	cb19                	beqz	a4,8040109e <copyinstr+0x88>
8040108a:	0785                	add	a5,a5,1 # c000001 <_entry-0x743fffff>
8040108c:	00f68663          	beq	a3,a5,80401098 <copyinstr+0x82>
80401090:	fa6790e3          	bne	a5,t1,80401030 <copyinstr+0x1a>
80401094:	5549                	li	a0,-14
80401096:	8082                	ret
80401098:	fdc00513          	li	a0,-36
8040109c:	8082                	ret
8040109e:	853e                	mv	a0,a5
804010a0:	8082                	ret

804010a2 <either_copyin>:
804010a2:	1141                	add	sp,sp,-16
804010a4:	c422                	sw	s0,8(sp)
804010a6:	c226                	sw	s1,4(sp)
804010a8:	c04a                	sw	s2,0(sp)
804010aa:	c606                	sw	ra,12(sp)
804010ac:	842e                	mv	s0,a1
804010ae:	84b2                	mv	s1,a2
804010b0:	8936                	mv	s2,a3
804010b2:	ed09                	bnez	a0,804010cc <either_copyin+0x2a>
804010b4:	85a6                	mv	a1,s1
804010b6:	8522                	mv	a0,s0
804010b8:	8636                	mv	a2,a3
804010ba:	223000ef          	jal	80401adc <memcpy>
804010be:	40b2                	lw	ra,12(sp)
804010c0:	4422                	lw	s0,8(sp)
804010c2:	4492                	lw	s1,4(sp)
804010c4:	4902                	lw	s2,0(sp)
804010c6:	4501                	li	a0,0
804010c8:	0141                	add	sp,sp,16
804010ca:	8082                	ret
804010cc:	361000ef          	jal	80401c2c <myproc>
804010d0:	85a2                	mv	a1,s0
804010d2:	4422                	lw	s0,8(sp)
804010d4:	40b2                	lw	ra,12(sp)
804010d6:	5148                	lw	a0,36(a0)
804010d8:	86ca                	mv	a3,s2
804010da:	8626                	mv	a2,s1
804010dc:	4902                	lw	s2,0(sp)
804010de:	4492                	lw	s1,4(sp)
804010e0:	0141                	add	sp,sp,16
804010e2:	b3e1                	j	80400eaa <copyin>

804010e4 <either_copyout>:
804010e4:	1141                	add	sp,sp,-16
804010e6:	c422                	sw	s0,8(sp)
804010e8:	c226                	sw	s1,4(sp)
804010ea:	c04a                	sw	s2,0(sp)
804010ec:	c606                	sw	ra,12(sp)
804010ee:	842e                	mv	s0,a1
804010f0:	84b2                	mv	s1,a2
804010f2:	8936                	mv	s2,a3
804010f4:	ed09                	bnez	a0,8040110e <either_copyout+0x2a>
804010f6:	85a6                	mv	a1,s1
804010f8:	8522                	mv	a0,s0
804010fa:	8636                	mv	a2,a3
804010fc:	1e1000ef          	jal	80401adc <memcpy>
80401100:	40b2                	lw	ra,12(sp)
80401102:	4422                	lw	s0,8(sp)
80401104:	4492                	lw	s1,4(sp)
80401106:	4902                	lw	s2,0(sp)
80401108:	4501                	li	a0,0
8040110a:	0141                	add	sp,sp,16
8040110c:	8082                	ret
8040110e:	31f000ef          	jal	80401c2c <myproc>
80401112:	85a2                	mv	a1,s0
80401114:	4422                	lw	s0,8(sp)
80401116:	40b2                	lw	ra,12(sp)
80401118:	5148                	lw	a0,36(a0)
8040111a:	86ca                	mv	a3,s2
8040111c:	8626                	mv	a2,s1
8040111e:	4902                	lw	s2,0(sp)
80401120:	4492                	lw	s1,4(sp)
80401122:	0141                	add	sp,sp,16
80401124:	bd35                	j	80400f60 <copyout>

80401126 <trap_init>:
80401126:	4781                	li	a5,0
80401128:	14079073          	csrw	sscratch,a5
8040112c:	804017b7          	lui	a5,0x80401
80401130:	2a478793          	add	a5,a5,676 # 804012a4 <trap_vector>
80401134:	10579073          	csrw	stvec,a5
80401138:	22000793          	li	a5,544
8040113c:	1047a073          	csrs	sie,a5
80401140:	8082                	ret

80401142 <user_trap_return>:
80401142:	1141                	add	sp,sp,-16
80401144:	c606                	sw	ra,12(sp)
80401146:	2e7000ef          	jal	80401c2c <myproc>
8040114a:	4789                	li	a5,2
8040114c:	1007b073          	csrc	sstatus,a5
80401150:	10000793          	li	a5,256
80401154:	1007b073          	csrc	sstatus,a5
80401158:	02000793          	li	a5,32
8040115c:	1007a073          	csrs	sstatus,a5
80401160:	5948                	lw	a0,52(a0)
80401162:	2485                	jal	804013c2 <user_return>

80401164 <user_trap>:
80401164:	1101                	add	sp,sp,-32
80401166:	cc22                	sw	s0,24(sp)
80401168:	ce06                	sw	ra,28(sp)
8040116a:	842a                	mv	s0,a0
8040116c:	2c1000ef          	jal	80401c2c <myproc>
80401170:	08842783          	lw	a5,136(s0)
80401174:	0607c463          	bltz	a5,804011dc <user_trap+0x78>
80401178:	46a1                	li	a3,8
8040117a:	08042703          	lw	a4,128(s0)
8040117e:	04d78463          	beq	a5,a3,804011c6 <user_trap+0x62>
80401182:	46bd                	li	a3,15
80401184:	4150                	lw	a2,4(a0)
80401186:	00c50593          	add	a1,a0,12
8040118a:	04f6e463          	bltu	a3,a5,804011d2 <user_trap+0x6e>
8040118e:	804056b7          	lui	a3,0x80405
80401192:	48068693          	add	a3,a3,1152 # 80405480 <names.0>
80401196:	078a                	sll	a5,a5,0x2
80401198:	97b6                	add	a5,a5,a3
8040119a:	4394                	lw	a3,0(a5)
8040119c:	ca9d                	beqz	a3,804011d2 <user_trap+0x6e>
8040119e:	08c42783          	lw	a5,140(s0)
804011a2:	80405537          	lui	a0,0x80405
804011a6:	2f850513          	add	a0,a0,760 # 804052f8 <__udivdi3+0x13c2>
804011aa:	099000ef          	jal	80401a42 <kprintf>
804011ae:	08842783          	lw	a5,136(s0)
804011b2:	4709                	li	a4,2
804011b4:	04e78363          	beq	a5,a4,804011fa <user_trap+0x96>
804011b8:	470d                	li	a4,3
804011ba:	04e78363          	beq	a5,a4,80401200 <user_trap+0x9c>
804011be:	08b00513          	li	a0,139
804011c2:	53f000ef          	jal	80401f00 <proc_exit>
804011c6:	0711                	add	a4,a4,4
804011c8:	08e42023          	sw	a4,128(s0)
804011cc:	35c010ef          	jal	80402528 <syscall>
804011d0:	3f8d                	jal	80401142 <user_trap_return>
804011d2:	804056b7          	lui	a3,0x80405
804011d6:	2e068693          	add	a3,a3,736 # 804052e0 <__udivdi3+0x13aa>
804011da:	b7d1                	j	8040119e <user_trap+0x3a>
804011dc:	0786                	sll	a5,a5,0x1
804011de:	8385                	srl	a5,a5,0x1
804011e0:	4715                	li	a4,5
804011e2:	02e78263          	beq	a5,a4,80401206 <user_trap+0xa2>
804011e6:	4725                	li	a4,9
804011e8:	fee794e3          	bne	a5,a4,804011d0 <user_trap+0x6c>
804011ec:	2145                	jal	8040168c <plic_claim>
804011ee:	47a9                	li	a5,10
804011f0:	00f50f63          	beq	a0,a5,8040120e <user_trap+0xaa>
804011f4:	dd71                	beqz	a0,804011d0 <user_trap+0x6c>
804011f6:	2979                	jal	80401694 <plic_complete>
804011f8:	bfe1                	j	804011d0 <user_trap+0x6c>
804011fa:	08400513          	li	a0,132
804011fe:	b7d1                	j	804011c2 <user_trap+0x5e>
80401200:	08500513          	li	a0,133
80401204:	bf7d                	j	804011c2 <user_trap+0x5e>
80401206:	2ce9                	jal	804014e0 <timer_intr>
80401208:	42b000ef          	jal	80401e32 <yield>
8040120c:	b7d1                	j	804011d0 <user_trap+0x6c>
8040120e:	c62a                	sw	a0,12(sp)
80401210:	2945                	jal	804016c0 <uart_intr>
80401212:	4532                	lw	a0,12(sp)
80401214:	b7cd                	j	804011f6 <user_trap+0x92>

80401216 <kernel_trap>:
80401216:	08852603          	lw	a2,136(a0)
8040121a:	1101                	add	sp,sp,-32
8040121c:	ce06                	sw	ra,28(sp)
8040121e:	04065763          	bgez	a2,8040126c <kernel_trap+0x56>
80401222:	08452783          	lw	a5,132(a0)
80401226:	1007f793          	and	a5,a5,256
8040122a:	cb9d                	beqz	a5,80401260 <kernel_trap+0x4a>
8040122c:	0606                	sll	a2,a2,0x1
8040122e:	8205                	srl	a2,a2,0x1
80401230:	4795                	li	a5,5
80401232:	00f60863          	beq	a2,a5,80401242 <kernel_trap+0x2c>
80401236:	47a5                	li	a5,9
80401238:	00f60863          	beq	a2,a5,80401248 <kernel_trap+0x32>
8040123c:	40f2                	lw	ra,28(sp)
8040123e:	6105                	add	sp,sp,32
80401240:	8082                	ret
80401242:	40f2                	lw	ra,28(sp)
80401244:	6105                	add	sp,sp,32
80401246:	ac69                	j	804014e0 <timer_intr>
80401248:	2191                	jal	8040168c <plic_claim>
8040124a:	47a9                	li	a5,10
8040124c:	00f50663          	beq	a0,a5,80401258 <kernel_trap+0x42>
80401250:	d575                	beqz	a0,8040123c <kernel_trap+0x26>
80401252:	40f2                	lw	ra,28(sp)
80401254:	6105                	add	sp,sp,32
80401256:	a93d                	j	80401694 <plic_complete>
80401258:	c62a                	sw	a0,12(sp)
8040125a:	219d                	jal	804016c0 <uart_intr>
8040125c:	4532                	lw	a0,12(sp)
8040125e:	bfd5                	j	80401252 <kernel_trap+0x3c>
80401260:	80405537          	lui	a0,0x80405
80401264:	36450513          	add	a0,a0,868 # 80405364 <__udivdi3+0x142e>
80401268:	7fc000ef          	jal	80401a64 <panic>
8040126c:	47bd                	li	a5,15
8040126e:	02c7e563          	bltu	a5,a2,80401298 <kernel_trap+0x82>
80401272:	804057b7          	lui	a5,0x80405
80401276:	00261713          	sll	a4,a2,0x2
8040127a:	48078793          	add	a5,a5,1152 # 80405480 <names.0>
8040127e:	97ba                	add	a5,a5,a4
80401280:	438c                	lw	a1,0(a5)
80401282:	c999                	beqz	a1,80401298 <kernel_trap+0x82>
80401284:	08c52703          	lw	a4,140(a0)
80401288:	08052683          	lw	a3,128(a0)
8040128c:	80405537          	lui	a0,0x80405
80401290:	32850513          	add	a0,a0,808 # 80405328 <__udivdi3+0x13f2>
80401294:	7d0000ef          	jal	80401a64 <panic>
80401298:	804055b7          	lui	a1,0x80405
8040129c:	2e058593          	add	a1,a1,736 # 804052e0 <__udivdi3+0x13aa>
804012a0:	b7d5                	j	80401284 <kernel_trap+0x6e>
	...

804012a4 <trap_vector>:
804012a4:	14011173          	csrrw	sp,sscratch,sp
804012a8:	06010463          	beqz	sp,80401310 <from_kernel>
804012ac:	c206                	sw	ra,4(sp)
804012ae:	c60e                	sw	gp,12(sp)
804012b0:	c812                	sw	tp,16(sp)
804012b2:	ca16                	sw	t0,20(sp)
804012b4:	cc1a                	sw	t1,24(sp)
804012b6:	ce1e                	sw	t2,28(sp)
804012b8:	d022                	sw	s0,32(sp)
804012ba:	d226                	sw	s1,36(sp)
804012bc:	d42a                	sw	a0,40(sp)
804012be:	d62e                	sw	a1,44(sp)
804012c0:	d832                	sw	a2,48(sp)
804012c2:	da36                	sw	a3,52(sp)
804012c4:	dc3a                	sw	a4,56(sp)
804012c6:	de3e                	sw	a5,60(sp)
804012c8:	c0c2                	sw	a6,64(sp)
804012ca:	c2c6                	sw	a7,68(sp)
804012cc:	c4ca                	sw	s2,72(sp)
804012ce:	c6ce                	sw	s3,76(sp)
804012d0:	c8d2                	sw	s4,80(sp)
804012d2:	cad6                	sw	s5,84(sp)
804012d4:	ccda                	sw	s6,88(sp)
804012d6:	cede                	sw	s7,92(sp)
804012d8:	d0e2                	sw	s8,96(sp)
804012da:	d2e6                	sw	s9,100(sp)
804012dc:	d4ea                	sw	s10,104(sp)
804012de:	d6ee                	sw	s11,108(sp)
804012e0:	d8f2                	sw	t3,112(sp)
804012e2:	daf6                	sw	t4,116(sp)
804012e4:	dcfa                	sw	t5,120(sp)
804012e6:	defe                	sw	t6,124(sp)
804012e8:	140022f3          	csrr	t0,sscratch
804012ec:	c416                	sw	t0,8(sp)
804012ee:	14001073          	csrw	sscratch,zero
804012f2:	141022f3          	csrr	t0,sepc
804012f6:	c116                	sw	t0,128(sp)
804012f8:	100022f3          	csrr	t0,sstatus
804012fc:	c316                	sw	t0,132(sp)
804012fe:	142022f3          	csrr	t0,scause
80401302:	c516                	sw	t0,136(sp)
80401304:	143022f3          	csrr	t0,stval
80401308:	c716                	sw	t0,140(sp)
8040130a:	850a                	mv	a0,sp
8040130c:	3da1                	jal	80401164 <user_trap>
8040130e:	a001                	j	8040130e <trap_vector+0x6a>

80401310 <from_kernel>:
80401310:	14011173          	csrrw	sp,sscratch,sp
80401314:	7175                	add	sp,sp,-144
80401316:	c206                	sw	ra,4(sp)
80401318:	c60e                	sw	gp,12(sp)
8040131a:	c812                	sw	tp,16(sp)
8040131c:	ca16                	sw	t0,20(sp)
8040131e:	cc1a                	sw	t1,24(sp)
80401320:	ce1e                	sw	t2,28(sp)
80401322:	d022                	sw	s0,32(sp)
80401324:	d226                	sw	s1,36(sp)
80401326:	d42a                	sw	a0,40(sp)
80401328:	d62e                	sw	a1,44(sp)
8040132a:	d832                	sw	a2,48(sp)
8040132c:	da36                	sw	a3,52(sp)
8040132e:	dc3a                	sw	a4,56(sp)
80401330:	de3e                	sw	a5,60(sp)
80401332:	c0c2                	sw	a6,64(sp)
80401334:	c2c6                	sw	a7,68(sp)
80401336:	c4ca                	sw	s2,72(sp)
80401338:	c6ce                	sw	s3,76(sp)
8040133a:	c8d2                	sw	s4,80(sp)
8040133c:	cad6                	sw	s5,84(sp)
8040133e:	ccda                	sw	s6,88(sp)
80401340:	cede                	sw	s7,92(sp)
80401342:	d0e2                	sw	s8,96(sp)
80401344:	d2e6                	sw	s9,100(sp)
80401346:	d4ea                	sw	s10,104(sp)
80401348:	d6ee                	sw	s11,108(sp)
8040134a:	d8f2                	sw	t3,112(sp)
8040134c:	daf6                	sw	t4,116(sp)
8040134e:	dcfa                	sw	t5,120(sp)
80401350:	defe                	sw	t6,124(sp)
80401352:	09010293          	add	t0,sp,144
80401356:	c416                	sw	t0,8(sp)
80401358:	141022f3          	csrr	t0,sepc
8040135c:	c116                	sw	t0,128(sp)
8040135e:	100022f3          	csrr	t0,sstatus
80401362:	c316                	sw	t0,132(sp)
80401364:	142022f3          	csrr	t0,scause
80401368:	c516                	sw	t0,136(sp)
8040136a:	143022f3          	csrr	t0,stval
8040136e:	c716                	sw	t0,140(sp)
80401370:	850a                	mv	a0,sp
80401372:	3555                	jal	80401216 <kernel_trap>
80401374:	428a                	lw	t0,128(sp)
80401376:	14129073          	csrw	sepc,t0
8040137a:	429a                	lw	t0,132(sp)
8040137c:	10029073          	csrw	sstatus,t0
80401380:	4092                	lw	ra,4(sp)
80401382:	41b2                	lw	gp,12(sp)
80401384:	4242                	lw	tp,16(sp)
80401386:	42d2                	lw	t0,20(sp)
80401388:	4362                	lw	t1,24(sp)
8040138a:	43f2                	lw	t2,28(sp)
8040138c:	5402                	lw	s0,32(sp)
8040138e:	5492                	lw	s1,36(sp)
80401390:	5522                	lw	a0,40(sp)
80401392:	55b2                	lw	a1,44(sp)
80401394:	5642                	lw	a2,48(sp)
80401396:	56d2                	lw	a3,52(sp)
80401398:	5762                	lw	a4,56(sp)
8040139a:	57f2                	lw	a5,60(sp)
8040139c:	4806                	lw	a6,64(sp)
8040139e:	4896                	lw	a7,68(sp)
804013a0:	4926                	lw	s2,72(sp)
804013a2:	49b6                	lw	s3,76(sp)
804013a4:	4a46                	lw	s4,80(sp)
804013a6:	4ad6                	lw	s5,84(sp)
804013a8:	4b66                	lw	s6,88(sp)
804013aa:	4bf6                	lw	s7,92(sp)
804013ac:	5c06                	lw	s8,96(sp)
804013ae:	5c96                	lw	s9,100(sp)
804013b0:	5d26                	lw	s10,104(sp)
804013b2:	5db6                	lw	s11,108(sp)
804013b4:	5e46                	lw	t3,112(sp)
804013b6:	5ed6                	lw	t4,116(sp)
804013b8:	5f66                	lw	t5,120(sp)
804013ba:	5ff6                	lw	t6,124(sp)
804013bc:	6149                	add	sp,sp,144
804013be:	10200073          	sret

804013c2 <user_return>:
804013c2:	14051073          	csrw	sscratch,a0
804013c6:	08052283          	lw	t0,128(a0)
804013ca:	14129073          	csrw	sepc,t0
804013ce:	00452083          	lw	ra,4(a0)
804013d2:	00852103          	lw	sp,8(a0)
804013d6:	00c52183          	lw	gp,12(a0)
804013da:	01052203          	lw	tp,16(a0)
804013de:	01452283          	lw	t0,20(a0)
804013e2:	01852303          	lw	t1,24(a0)
804013e6:	01c52383          	lw	t2,28(a0)
804013ea:	5100                	lw	s0,32(a0)
804013ec:	5144                	lw	s1,36(a0)
804013ee:	554c                	lw	a1,44(a0)
804013f0:	5910                	lw	a2,48(a0)
804013f2:	5954                	lw	a3,52(a0)
804013f4:	5d18                	lw	a4,56(a0)
804013f6:	5d5c                	lw	a5,60(a0)
804013f8:	04052803          	lw	a6,64(a0)
804013fc:	04452883          	lw	a7,68(a0)
80401400:	04852903          	lw	s2,72(a0)
80401404:	04c52983          	lw	s3,76(a0)
80401408:	05052a03          	lw	s4,80(a0)
8040140c:	05452a83          	lw	s5,84(a0)
80401410:	05852b03          	lw	s6,88(a0)
80401414:	05c52b83          	lw	s7,92(a0)
80401418:	06052c03          	lw	s8,96(a0)
8040141c:	06452c83          	lw	s9,100(a0)
80401420:	06852d03          	lw	s10,104(a0)
80401424:	06c52d83          	lw	s11,108(a0)
80401428:	07052e03          	lw	t3,112(a0)
8040142c:	07452e83          	lw	t4,116(a0)
80401430:	07852f03          	lw	t5,120(a0)
80401434:	07c52f83          	lw	t6,124(a0)
80401438:	5508                	lw	a0,40(a0)
8040143a:	10200073          	sret

8040143e <swtch>:
8040143e:	00152023          	sw	ra,0(a0)
80401442:	00252223          	sw	sp,4(a0)
80401446:	c500                	sw	s0,8(a0)
80401448:	c544                	sw	s1,12(a0)
8040144a:	01252823          	sw	s2,16(a0)
8040144e:	01352a23          	sw	s3,20(a0)
80401452:	01452c23          	sw	s4,24(a0)
80401456:	01552e23          	sw	s5,28(a0)
8040145a:	03652023          	sw	s6,32(a0)
8040145e:	03752223          	sw	s7,36(a0)
80401462:	03852423          	sw	s8,40(a0)
80401466:	03952623          	sw	s9,44(a0)
8040146a:	03a52823          	sw	s10,48(a0)
8040146e:	03b52a23          	sw	s11,52(a0)
80401472:	0005a083          	lw	ra,0(a1)
80401476:	0045a103          	lw	sp,4(a1)
8040147a:	4580                	lw	s0,8(a1)
8040147c:	45c4                	lw	s1,12(a1)
8040147e:	0105a903          	lw	s2,16(a1)
80401482:	0145a983          	lw	s3,20(a1)
80401486:	0185aa03          	lw	s4,24(a1)
8040148a:	01c5aa83          	lw	s5,28(a1)
8040148e:	0205ab03          	lw	s6,32(a1)
80401492:	0245ab83          	lw	s7,36(a1)
80401496:	0285ac03          	lw	s8,40(a1)
8040149a:	02c5ac83          	lw	s9,44(a1)
8040149e:	0305ad03          	lw	s10,48(a1)
804014a2:	0345ad83          	lw	s11,52(a1)
804014a6:	8082                	ret

804014a8 <timer_init>:
804014a8:	c81027f3          	rdtimeh	a5
804014ac:	c01026f3          	rdtime	a3
804014b0:	c8102773          	rdtimeh	a4
804014b4:	fee79ae3          	bne	a5,a4,804014a8 <timer_init>
804014b8:	6561                	lui	a0,0x18
804014ba:	6a050513          	add	a0,a0,1696 # 186a0 <_entry-0x803e7960>
804014be:	9536                	add	a0,a0,a3
804014c0:	00d535b3          	sltu	a1,a0,a3
804014c4:	80427637          	lui	a2,0x80427
804014c8:	80427737          	lui	a4,0x80427
804014cc:	95be                	add	a1,a1,a5
804014ce:	04d62023          	sw	a3,64(a2) # 80427040 <boot_time>
804014d2:	04f62223          	sw	a5,68(a2)
804014d6:	02a72c23          	sw	a0,56(a4) # 80427038 <next_tick>
804014da:	02b72e23          	sw	a1,60(a4)
804014de:	a2a9                	j	80401628 <sbi_set_timer>

804014e0 <timer_intr>:
804014e0:	1141                	add	sp,sp,-16
804014e2:	c606                	sw	ra,12(sp)
804014e4:	c81027f3          	rdtimeh	a5
804014e8:	c01026f3          	rdtime	a3
804014ec:	c8102773          	rdtimeh	a4
804014f0:	fee79ae3          	bne	a5,a4,804014e4 <timer_intr+0x4>
804014f4:	80427837          	lui	a6,0x80427
804014f8:	03882703          	lw	a4,56(a6) # 80427038 <next_tick>
804014fc:	6661                	lui	a2,0x18
804014fe:	03c82583          	lw	a1,60(a6)
80401502:	6a060613          	add	a2,a2,1696 # 186a0 <_entry-0x803e7960>
80401506:	963a                	add	a2,a2,a4
80401508:	00e63733          	sltu	a4,a2,a4
8040150c:	972e                	add	a4,a4,a1
8040150e:	8532                	mv	a0,a2
80401510:	85ba                	mv	a1,a4
80401512:	00e7ee63          	bltu	a5,a4,8040152e <timer_intr+0x4e>
80401516:	02f70e63          	beq	a4,a5,80401552 <timer_intr+0x72>
8040151a:	6561                	lui	a0,0x18
8040151c:	6a050513          	add	a0,a0,1696 # 186a0 <_entry-0x803e7960>
80401520:	9536                	add	a0,a0,a3
80401522:	00d536b3          	sltu	a3,a0,a3
80401526:	00f685b3          	add	a1,a3,a5
8040152a:	862a                	mv	a2,a0
8040152c:	872e                	mv	a4,a1
8040152e:	02e82e23          	sw	a4,60(a6)
80401532:	02c82c23          	sw	a2,56(a6)
80401536:	28cd                	jal	80401628 <sbi_set_timer>
80401538:	804277b7          	lui	a5,0x80427
8040153c:	0347a703          	lw	a4,52(a5) # 80427034 <ticks>
80401540:	40b2                	lw	ra,12(sp)
80401542:	03478513          	add	a0,a5,52
80401546:	0705                	add	a4,a4,1
80401548:	02e7aa23          	sw	a4,52(a5)
8040154c:	0141                	add	sp,sp,16
8040154e:	1350006f          	j	80401e82 <wakeup>
80401552:	fcc6eee3          	bltu	a3,a2,8040152e <timer_intr+0x4e>
80401556:	b7d1                	j	8040151a <timer_intr+0x3a>

80401558 <uptime_ms>:
80401558:	1141                	add	sp,sp,-16
8040155a:	c606                	sw	ra,12(sp)
8040155c:	c81027f3          	rdtimeh	a5
80401560:	c01025f3          	rdtime	a1
80401564:	c8102773          	rdtimeh	a4
80401568:	fee79ae3          	bne	a5,a4,8040155c <uptime_ms+0x4>
8040156c:	80427737          	lui	a4,0x80427
80401570:	04072503          	lw	a0,64(a4) # 80427040 <boot_time>
80401574:	04472703          	lw	a4,68(a4)
80401578:	6609                	lui	a2,0x2
8040157a:	40a58533          	sub	a0,a1,a0
8040157e:	00a5b5b3          	sltu	a1,a1,a0
80401582:	8f99                	sub	a5,a5,a4
80401584:	71060613          	add	a2,a2,1808 # 2710 <_entry-0x803fd8f0>
80401588:	4681                	li	a3,0
8040158a:	40b785b3          	sub	a1,a5,a1
8040158e:	1a9020ef          	jal	80403f36 <__udivdi3>
80401592:	40b2                	lw	ra,12(sp)
80401594:	0141                	add	sp,sp,16
80401596:	8082                	ret

80401598 <timer_sleep_ms>:
80401598:	1141                	add	sp,sp,-16
8040159a:	c606                	sw	ra,12(sp)
8040159c:	c422                	sw	s0,8(sp)
8040159e:	c226                	sw	s1,4(sp)
804015a0:	c04a                	sw	s2,0(sp)
804015a2:	c8102773          	rdtimeh	a4
804015a6:	c01027f3          	rdtime	a5
804015aa:	c81026f3          	rdtimeh	a3
804015ae:	fed71ae3          	bne	a4,a3,804015a2 <timer_sleep_ms+0xa>
804015b2:	6689                	lui	a3,0x2
804015b4:	71068693          	add	a3,a3,1808 # 2710 <_entry-0x803fd8f0>
804015b8:	02d50933          	mul	s2,a0,a3
804015bc:	804274b7          	lui	s1,0x80427
804015c0:	02d53533          	mulhu	a0,a0,a3
804015c4:	993e                	add	s2,s2,a5
804015c6:	00f937b3          	sltu	a5,s2,a5
804015ca:	972a                	add	a4,a4,a0
804015cc:	00e78433          	add	s0,a5,a4
804015d0:	c81027f3          	rdtimeh	a5
804015d4:	c01026f3          	rdtime	a3
804015d8:	c8102773          	rdtimeh	a4
804015dc:	fee79ae3          	bne	a5,a4,804015d0 <timer_sleep_ms+0x38>
804015e0:	03448513          	add	a0,s1,52 # 80427034 <ticks>
804015e4:	0087f563          	bgeu	a5,s0,804015ee <timer_sleep_ms+0x56>
804015e8:	067000ef          	jal	80401e4e <sleep_on>
804015ec:	b7d5                	j	804015d0 <timer_sleep_ms+0x38>
804015ee:	00f41463          	bne	s0,a5,804015f6 <timer_sleep_ms+0x5e>
804015f2:	ff26ebe3          	bltu	a3,s2,804015e8 <timer_sleep_ms+0x50>
804015f6:	40b2                	lw	ra,12(sp)
804015f8:	4422                	lw	s0,8(sp)
804015fa:	4492                	lw	s1,4(sp)
804015fc:	4902                	lw	s2,0(sp)
804015fe:	0141                	add	sp,sp,16
80401600:	8082                	ret

80401602 <sbi_init>:
80401602:	54495537          	lui	a0,0x54495
80401606:	d4550513          	add	a0,a0,-699 # 54494d45 <_entry-0x2bf6b2bb>
8040160a:	4581                	li	a1,0
8040160c:	4601                	li	a2,0
8040160e:	480d                	li	a6,3
80401610:	48c1                	li	a7,16
80401612:	00000073          	ecall
80401616:	4781                	li	a5,0
80401618:	e119                	bnez	a0,8040161e <sbi_init+0x1c>
8040161a:	00b037b3          	snez	a5,a1
8040161e:	80427737          	lui	a4,0x80427
80401622:	04f72423          	sw	a5,72(a4) # 80427048 <have_time_ext>
80401626:	8082                	ret

80401628 <sbi_set_timer>:
80401628:	804277b7          	lui	a5,0x80427
8040162c:	0487a783          	lw	a5,72(a5) # 80427048 <have_time_ext>
80401630:	4601                	li	a2,0
80401632:	4801                	li	a6,0
80401634:	cb81                	beqz	a5,80401644 <sbi_set_timer+0x1c>
80401636:	544958b7          	lui	a7,0x54495
8040163a:	d4588893          	add	a7,a7,-699 # 54494d45 <_entry-0x2bf6b2bb>
8040163e:	00000073          	ecall
80401642:	8082                	ret
80401644:	4881                	li	a7,0
80401646:	00000073          	ecall
8040164a:	8082                	ret

8040164c <sbi_shutdown>:
8040164c:	535258b7          	lui	a7,0x53525
80401650:	85aa                	mv	a1,a0
80401652:	4601                	li	a2,0
80401654:	4501                	li	a0,0
80401656:	4801                	li	a6,0
80401658:	35488893          	add	a7,a7,852 # 53525354 <_entry-0x2cedacac>
8040165c:	00000073          	ecall
80401660:	10500073          	wfi
80401664:	10500073          	wfi
80401668:	bfe5                	j	80401660 <sbi_shutdown+0x14>

8040166a <plic_init>:
8040166a:	0c0007b7          	lui	a5,0xc000
8040166e:	4705                	li	a4,1
80401670:	d798                	sw	a4,40(a5)
80401672:	0c002737          	lui	a4,0xc002
80401676:	08072783          	lw	a5,128(a4) # c002080 <_entry-0x743fdf80>
8040167a:	4007e793          	or	a5,a5,1024
8040167e:	08f72023          	sw	a5,128(a4)
80401682:	0c2017b7          	lui	a5,0xc201
80401686:	0007a023          	sw	zero,0(a5) # c201000 <_entry-0x741ff000>
8040168a:	8082                	ret

8040168c <plic_claim>:
8040168c:	0c2017b7          	lui	a5,0xc201
80401690:	43c8                	lw	a0,4(a5)
80401692:	8082                	ret

80401694 <plic_complete>:
80401694:	0c2017b7          	lui	a5,0xc201
80401698:	c3c8                	sw	a0,4(a5)
8040169a:	8082                	ret

8040169c <uart_init>:
8040169c:	100007b7          	lui	a5,0x10000
804016a0:	4705                	li	a4,1
804016a2:	00e780a3          	sb	a4,1(a5) # 10000001 <_entry-0x703fffff>
804016a6:	8082                	ret

804016a8 <uart_putc>:
804016a8:	10000737          	lui	a4,0x10000
804016ac:	00574783          	lbu	a5,5(a4) # 10000005 <_entry-0x703ffffb>
804016b0:	0207f793          	and	a5,a5,32
804016b4:	dfe5                	beqz	a5,804016ac <uart_putc+0x4>
804016b6:	0ff57513          	zext.b	a0,a0
804016ba:	00a70023          	sb	a0,0(a4)
804016be:	8082                	ret

804016c0 <uart_intr>:
804016c0:	1141                	add	sp,sp,-16
804016c2:	c422                	sw	s0,8(sp)
804016c4:	c606                	sw	ra,12(sp)
804016c6:	10000437          	lui	s0,0x10000
804016ca:	a801                	j	804016da <uart_intr+0x1a>
804016cc:	00544783          	lbu	a5,5(s0) # 10000005 <_entry-0x703ffffb>
804016d0:	8b85                	and	a5,a5,1
804016d2:	c385                	beqz	a5,804016f2 <uart_intr+0x32>
804016d4:	00044503          	lbu	a0,0(s0)
804016d8:	2899                	jal	8040172e <console_input>
804016da:	282d                	jal	80401714 <console_room>
804016dc:	fea048e3          	bgtz	a0,804016cc <uart_intr+0xc>
804016e0:	804277b7          	lui	a5,0x80427
804016e4:	4705                	li	a4,1
804016e6:	04e7a623          	sw	a4,76(a5) # 8042704c <rx_paused>
804016ea:	100007b7          	lui	a5,0x10000
804016ee:	000780a3          	sb	zero,1(a5) # 10000001 <_entry-0x703fffff>
804016f2:	40b2                	lw	ra,12(sp)
804016f4:	4422                	lw	s0,8(sp)
804016f6:	0141                	add	sp,sp,16
804016f8:	8082                	ret

804016fa <uart_rx_resume>:
804016fa:	804277b7          	lui	a5,0x80427
804016fe:	04c7a703          	lw	a4,76(a5) # 8042704c <rx_paused>
80401702:	cb01                	beqz	a4,80401712 <uart_rx_resume+0x18>
80401704:	0407a623          	sw	zero,76(a5)
80401708:	4705                	li	a4,1
8040170a:	100007b7          	lui	a5,0x10000
8040170e:	00e780a3          	sb	a4,1(a5) # 10000001 <_entry-0x703fffff>
80401712:	8082                	ret

80401714 <console_room>:
80401714:	8042b7b7          	lui	a5,0x8042b
80401718:	28078793          	add	a5,a5,640 # 8042b280 <cons>
8040171c:	2007a703          	lw	a4,512(a5)
80401720:	2047a503          	lw	a0,516(a5)
80401724:	20070713          	add	a4,a4,512
80401728:	40a70533          	sub	a0,a4,a0
8040172c:	8082                	ret

8040172e <console_input>:
8040172e:	8042b737          	lui	a4,0x8042b
80401732:	28070693          	add	a3,a4,640 # 8042b280 <cons>
80401736:	2046a783          	lw	a5,516(a3)
8040173a:	862a                	mv	a2,a0
8040173c:	28070513          	add	a0,a4,640
80401740:	1ff7f713          	and	a4,a5,511
80401744:	9736                	add	a4,a4,a3
80401746:	0785                	add	a5,a5,1
80401748:	20f6a223          	sw	a5,516(a3)
8040174c:	00c70023          	sb	a2,0(a4)
80401750:	7320006f          	j	80401e82 <wakeup>

80401754 <console_read>:
80401754:	c9d1                	beqz	a1,804017e8 <console_read+0x94>
80401756:	7179                	add	sp,sp,-48
80401758:	d226                	sw	s1,36(sp)
8040175a:	8042b4b7          	lui	s1,0x8042b
8040175e:	d422                	sw	s0,40(sp)
80401760:	28048413          	add	s0,s1,640 # 8042b280 <cons>
80401764:	20042783          	lw	a5,512(s0)
80401768:	20442683          	lw	a3,516(s0)
8040176c:	d04a                	sw	s2,32(sp)
8040176e:	ce4e                	sw	s3,28(sp)
80401770:	d606                	sw	ra,44(sp)
80401772:	cc52                	sw	s4,24(sp)
80401774:	892e                	mv	s2,a1
80401776:	89aa                	mv	s3,a0
80401778:	00f69b63          	bne	a3,a5,8040178e <console_read+0x3a>
8040177c:	28048513          	add	a0,s1,640
80401780:	25f9                	jal	80401e4e <sleep_on>
80401782:	20042783          	lw	a5,512(s0)
80401786:	20442683          	lw	a3,516(s0)
8040178a:	fed789e3          	beq	a5,a3,8040177c <console_read+0x28>
8040178e:	4481                	li	s1,0
80401790:	4a11                	li	s4,4
80401792:	a825                	j	804017ca <console_read+0x76>
80401794:	00074703          	lbu	a4,0(a4)
80401798:	00e107a3          	sb	a4,15(sp)
8040179c:	05470863          	beq	a4,s4,804017ec <console_read+0x98>
804017a0:	2171                	jal	80401c2c <myproc>
804017a2:	5148                	lw	a0,36(a0)
804017a4:	009985b3          	add	a1,s3,s1
804017a8:	4685                	li	a3,1
804017aa:	00f10613          	add	a2,sp,15
804017ae:	fb2ff0ef          	jal	80400f60 <copyout>
804017b2:	04054463          	bltz	a0,804017fa <console_read+0xa6>
804017b6:	20042783          	lw	a5,512(s0)
804017ba:	0485                	add	s1,s1,1
804017bc:	0785                	add	a5,a5,1
804017be:	20f42023          	sw	a5,512(s0)
804017c2:	00990963          	beq	s2,s1,804017d4 <console_read+0x80>
804017c6:	20442683          	lw	a3,516(s0)
804017ca:	1ff7f713          	and	a4,a5,511
804017ce:	9722                	add	a4,a4,s0
804017d0:	fcd792e3          	bne	a5,a3,80401794 <console_read+0x40>
804017d4:	371d                	jal	804016fa <uart_rx_resume>
804017d6:	8526                	mv	a0,s1
804017d8:	50b2                	lw	ra,44(sp)
804017da:	5422                	lw	s0,40(sp)
804017dc:	5492                	lw	s1,36(sp)
804017de:	5902                	lw	s2,32(sp)
804017e0:	49f2                	lw	s3,28(sp)
804017e2:	4a62                	lw	s4,24(sp)
804017e4:	6145                	add	sp,sp,48
804017e6:	8082                	ret
804017e8:	4501                	li	a0,0
804017ea:	8082                	ret
804017ec:	0014b713          	seqz	a4,s1
804017f0:	97ba                	add	a5,a5,a4
804017f2:	20f42023          	sw	a5,512(s0)
804017f6:	3711                	jal	804016fa <uart_rx_resume>
804017f8:	bff9                	j	804017d6 <console_read+0x82>
804017fa:	fce9                	bnez	s1,804017d4 <console_read+0x80>
804017fc:	3dfd                	jal	804016fa <uart_rx_resume>
804017fe:	5549                	li	a0,-14
80401800:	bfe1                	j	804017d8 <console_read+0x84>

80401802 <console_write>:
80401802:	711d                	add	sp,sp,-96
80401804:	c4d2                	sw	s4,72(sp)
80401806:	ce86                	sw	ra,92(sp)
80401808:	cca2                	sw	s0,88(sp)
8040180a:	caa6                	sw	s1,84(sp)
8040180c:	c8ca                	sw	s2,80(sp)
8040180e:	c6ce                	sw	s3,76(sp)
80401810:	c2d6                	sw	s5,68(sp)
80401812:	c0da                	sw	s6,64(sp)
80401814:	8a2e                	mv	s4,a1
80401816:	c1b9                	beqz	a1,8040185c <console_write+0x5a>
80401818:	8aaa                	mv	s5,a0
8040181a:	4901                	li	s2,0
8040181c:	04000b13          	li	s6,64
80401820:	412a09b3          	sub	s3,s4,s2
80401824:	013b7463          	bgeu	s6,s3,8040182c <console_write+0x2a>
80401828:	04000993          	li	s3,64
8040182c:	2101                	jal	80401c2c <myproc>
8040182e:	5148                	lw	a0,36(a0)
80401830:	86ce                	mv	a3,s3
80401832:	012a8633          	add	a2,s5,s2
80401836:	858a                	mv	a1,sp
80401838:	e72ff0ef          	jal	80400eaa <copyin>
8040183c:	02054b63          	bltz	a0,80401872 <console_write+0x70>
80401840:	840a                	mv	s0,sp
80401842:	013104b3          	add	s1,sp,s3
80401846:	012a0863          	beq	s4,s2,80401856 <console_write+0x54>
8040184a:	00044503          	lbu	a0,0(s0)
8040184e:	0405                	add	s0,s0,1
80401850:	3da1                	jal	804016a8 <uart_putc>
80401852:	fe849ce3          	bne	s1,s0,8040184a <console_write+0x48>
80401856:	994e                	add	s2,s2,s3
80401858:	fd4964e3          	bltu	s2,s4,80401820 <console_write+0x1e>
8040185c:	8552                	mv	a0,s4
8040185e:	40f6                	lw	ra,92(sp)
80401860:	4466                	lw	s0,88(sp)
80401862:	44d6                	lw	s1,84(sp)
80401864:	4946                	lw	s2,80(sp)
80401866:	49b6                	lw	s3,76(sp)
80401868:	4a26                	lw	s4,72(sp)
8040186a:	4a96                	lw	s5,68(sp)
8040186c:	4b06                	lw	s6,64(sp)
8040186e:	6125                	add	sp,sp,96
80401870:	8082                	ret
80401872:	5549                	li	a0,-14
80401874:	fe0905e3          	beqz	s2,8040185e <console_write+0x5c>
80401878:	854a                	mv	a0,s2
8040187a:	b7d5                	j	8040185e <console_write+0x5c>

8040187c <print_uint>:
8040187c:	7179                	add	sp,sp,-48
8040187e:	ce4e                	sw	s3,28(sp)
80401880:	89b2                	mv	s3,a2
80401882:	80405637          	lui	a2,0x80405
80401886:	d422                	sw	s0,40(sp)
80401888:	d04a                	sw	s2,32(sp)
8040188a:	cc52                	sw	s4,24(sp)
8040188c:	d606                	sw	ra,44(sp)
8040188e:	d226                	sw	s1,36(sp)
80401890:	8a36                	mv	s4,a3
80401892:	4401                	li	s0,0
80401894:	00410913          	add	s2,sp,4
80401898:	4c060613          	add	a2,a2,1216 # 804054c0 <names.0+0x40>
8040189c:	02b577b3          	remu	a5,a0,a1
804018a0:	0405                	add	s0,s0,1
804018a2:	008904b3          	add	s1,s2,s0
804018a6:	872a                	mv	a4,a0
804018a8:	97b2                	add	a5,a5,a2
804018aa:	0007c783          	lbu	a5,0(a5)
804018ae:	02b55533          	divu	a0,a0,a1
804018b2:	fef48fa3          	sb	a5,-1(s1)
804018b6:	feb773e3          	bgeu	a4,a1,8040189c <print_uint+0x20>
804018ba:	01345763          	bge	s0,s3,804018c8 <print_uint+0x4c>
804018be:	0405                	add	s0,s0,1
804018c0:	8552                	mv	a0,s4
804018c2:	33dd                	jal	804016a8 <uart_putc>
804018c4:	fe899de3          	bne	s3,s0,804018be <print_uint+0x42>
804018c8:	fff4c503          	lbu	a0,-1(s1)
804018cc:	14fd                	add	s1,s1,-1
804018ce:	3be9                	jal	804016a8 <uart_putc>
804018d0:	fe991ce3          	bne	s2,s1,804018c8 <print_uint+0x4c>
804018d4:	50b2                	lw	ra,44(sp)
804018d6:	5422                	lw	s0,40(sp)
804018d8:	5492                	lw	s1,36(sp)
804018da:	5902                	lw	s2,32(sp)
804018dc:	49f2                	lw	s3,28(sp)
804018de:	4a62                	lw	s4,24(sp)
804018e0:	6145                	add	sp,sp,48
804018e2:	8082                	ret

804018e4 <vkprintf>:
804018e4:	7139                	add	sp,sp,-64
804018e6:	cc62                	sw	s8,24(sp)
804018e8:	de06                	sw	ra,60(sp)
804018ea:	dc22                	sw	s0,56(sp)
804018ec:	da26                	sw	s1,52(sp)
804018ee:	d84a                	sw	s2,48(sp)
804018f0:	d64e                	sw	s3,44(sp)
804018f2:	d452                	sw	s4,40(sp)
804018f4:	d256                	sw	s5,36(sp)
804018f6:	d05a                	sw	s6,32(sp)
804018f8:	ce5e                	sw	s7,28(sp)
804018fa:	8c2a                	mv	s8,a0
804018fc:	00054503          	lbu	a0,0(a0)
80401900:	c50d                	beqz	a0,8040192a <vkprintf+0x46>
80401902:	80405ab7          	lui	s5,0x80405
80401906:	89ae                	mv	s3,a1
80401908:	02500913          	li	s2,37
8040190c:	03000a13          	li	s4,48
80401910:	4ba5                	li	s7,9
80401912:	4b55                	li	s6,21
80401914:	4dca8a93          	add	s5,s5,1244 # 804054dc <names.0+0x5c>
80401918:	03250563          	beq	a0,s2,80401942 <vkprintf+0x5e>
8040191c:	3371                	jal	804016a8 <uart_putc>
8040191e:	8462                	mv	s0,s8
80401920:	00144503          	lbu	a0,1(s0)
80401924:	00140c13          	add	s8,s0,1
80401928:	f965                	bnez	a0,80401918 <vkprintf+0x34>
8040192a:	50f2                	lw	ra,60(sp)
8040192c:	5462                	lw	s0,56(sp)
8040192e:	54d2                	lw	s1,52(sp)
80401930:	5942                	lw	s2,48(sp)
80401932:	59b2                	lw	s3,44(sp)
80401934:	5a22                	lw	s4,40(sp)
80401936:	5a92                	lw	s5,36(sp)
80401938:	5b02                	lw	s6,32(sp)
8040193a:	4bf2                	lw	s7,28(sp)
8040193c:	4c62                	lw	s8,24(sp)
8040193e:	6121                	add	sp,sp,64
80401940:	8082                	ret
80401942:	001c4483          	lbu	s1,1(s8)
80401946:	001c0413          	add	s0,s8,1
8040194a:	02000693          	li	a3,32
8040194e:	01449863          	bne	s1,s4,8040195e <vkprintf+0x7a>
80401952:	002c4483          	lbu	s1,2(s8)
80401956:	002c0413          	add	s0,s8,2
8040195a:	03000693          	li	a3,48
8040195e:	fd048713          	add	a4,s1,-48
80401962:	0ff77793          	zext.b	a5,a4
80401966:	4601                	li	a2,0
80401968:	02fbe163          	bltu	s7,a5,8040198a <vkprintf+0xa6>
8040196c:	00144483          	lbu	s1,1(s0)
80401970:	00261793          	sll	a5,a2,0x2
80401974:	97b2                	add	a5,a5,a2
80401976:	0786                	sll	a5,a5,0x1
80401978:	00f70633          	add	a2,a4,a5
8040197c:	fd048713          	add	a4,s1,-48
80401980:	0ff77793          	zext.b	a5,a4
80401984:	0405                	add	s0,s0,1
80401986:	fefbf3e3          	bgeu	s7,a5,8040196c <vkprintf+0x88>
8040198a:	d0c5                	beqz	s1,8040192a <vkprintf+0x46>
8040198c:	01248c63          	beq	s1,s2,804019a4 <vkprintf+0xc0>
80401990:	f9d48793          	add	a5,s1,-99
80401994:	0ff7f793          	zext.b	a5,a5
80401998:	00fb6a63          	bltu	s6,a5,804019ac <vkprintf+0xc8>
8040199c:	078a                	sll	a5,a5,0x2
8040199e:	97d6                	add	a5,a5,s5
804019a0:	439c                	lw	a5,0(a5)
804019a2:	8782                	jr	a5
804019a4:	02500513          	li	a0,37
804019a8:	3301                	jal	804016a8 <uart_putc>
804019aa:	bf9d                	j	80401920 <vkprintf+0x3c>
804019ac:	02500513          	li	a0,37
804019b0:	39e5                	jal	804016a8 <uart_putc>
804019b2:	8526                	mv	a0,s1
804019b4:	39d5                	jal	804016a8 <uart_putc>
804019b6:	b7ad                	j	80401920 <vkprintf+0x3c>
804019b8:	0009a503          	lw	a0,0(s3) # c000000 <_entry-0x74400000>
804019bc:	45c1                	li	a1,16
804019be:	0991                	add	s3,s3,4
804019c0:	3d75                	jal	8040187c <print_uint>
804019c2:	bfb9                	j	80401920 <vkprintf+0x3c>
804019c4:	0009a503          	lw	a0,0(s3)
804019c8:	45a9                	li	a1,10
804019ca:	0991                	add	s3,s3,4
804019cc:	bfd5                	j	804019c0 <vkprintf+0xdc>
804019ce:	0009a483          	lw	s1,0(s3)
804019d2:	0991                	add	s3,s3,4
804019d4:	e481                	bnez	s1,804019dc <vkprintf+0xf8>
804019d6:	a8b9                	j	80401a34 <vkprintf+0x150>
804019d8:	0485                	add	s1,s1,1
804019da:	31f9                	jal	804016a8 <uart_putc>
804019dc:	0004c503          	lbu	a0,0(s1)
804019e0:	fd65                	bnez	a0,804019d8 <vkprintf+0xf4>
804019e2:	bf3d                	j	80401920 <vkprintf+0x3c>
804019e4:	03000513          	li	a0,48
804019e8:	31c1                	jal	804016a8 <uart_putc>
804019ea:	07800513          	li	a0,120
804019ee:	396d                	jal	804016a8 <uart_putc>
804019f0:	0009a503          	lw	a0,0(s3)
804019f4:	03000693          	li	a3,48
804019f8:	0991                	add	s3,s3,4
804019fa:	4621                	li	a2,8
804019fc:	45c1                	li	a1,16
804019fe:	b7c9                	j	804019c0 <vkprintf+0xdc>
80401a00:	0009a483          	lw	s1,0(s3)
80401a04:	0991                	add	s3,s3,4
80401a06:	0004cb63          	bltz	s1,80401a1c <vkprintf+0x138>
80401a0a:	45a9                	li	a1,10
80401a0c:	8526                	mv	a0,s1
80401a0e:	35bd                	jal	8040187c <print_uint>
80401a10:	bf01                	j	80401920 <vkprintf+0x3c>
80401a12:	0009a503          	lw	a0,0(s3)
80401a16:	0991                	add	s3,s3,4
80401a18:	3941                	jal	804016a8 <uart_putc>
80401a1a:	b719                	j	80401920 <vkprintf+0x3c>
80401a1c:	02d00513          	li	a0,45
80401a20:	c636                	sw	a3,12(sp)
80401a22:	c432                	sw	a2,8(sp)
80401a24:	3151                	jal	804016a8 <uart_putc>
80401a26:	46b2                	lw	a3,12(sp)
80401a28:	4622                	lw	a2,8(sp)
80401a2a:	45a9                	li	a1,10
80401a2c:	40900533          	neg	a0,s1
80401a30:	35b1                	jal	8040187c <print_uint>
80401a32:	b5fd                	j	80401920 <vkprintf+0x3c>
80401a34:	804054b7          	lui	s1,0x80405
80401a38:	02800513          	li	a0,40
80401a3c:	4d448493          	add	s1,s1,1236 # 804054d4 <names.0+0x54>
80401a40:	bf61                	j	804019d8 <vkprintf+0xf4>

80401a42 <kprintf>:
80401a42:	7139                	add	sp,sp,-64
80401a44:	02410313          	add	t1,sp,36
80401a48:	d22e                	sw	a1,36(sp)
80401a4a:	859a                	mv	a1,t1
80401a4c:	ce06                	sw	ra,28(sp)
80401a4e:	d432                	sw	a2,40(sp)
80401a50:	d636                	sw	a3,44(sp)
80401a52:	d83a                	sw	a4,48(sp)
80401a54:	da3e                	sw	a5,52(sp)
80401a56:	dc42                	sw	a6,56(sp)
80401a58:	de46                	sw	a7,60(sp)
80401a5a:	c61a                	sw	t1,12(sp)
80401a5c:	3561                	jal	804018e4 <vkprintf>
80401a5e:	40f2                	lw	ra,28(sp)
80401a60:	6121                	add	sp,sp,64
80401a62:	8082                	ret

80401a64 <panic>:
80401a64:	7139                	add	sp,sp,-64
80401a66:	cc22                	sw	s0,24(sp)
80401a68:	da3e                	sw	a5,52(sp)
80401a6a:	ce06                	sw	ra,28(sp)
80401a6c:	842a                	mv	s0,a0
80401a6e:	d22e                	sw	a1,36(sp)
80401a70:	d432                	sw	a2,40(sp)
80401a72:	d636                	sw	a3,44(sp)
80401a74:	d83a                	sw	a4,48(sp)
80401a76:	dc42                	sw	a6,56(sp)
80401a78:	de46                	sw	a7,60(sp)
80401a7a:	4789                	li	a5,2
80401a7c:	1007b073          	csrc	sstatus,a5
80401a80:	80405537          	lui	a0,0x80405
80401a84:	53450513          	add	a0,a0,1332 # 80405534 <names.0+0xb4>
80401a88:	3f6d                	jal	80401a42 <kprintf>
80401a8a:	104c                	add	a1,sp,36
80401a8c:	8522                	mv	a0,s0
80401a8e:	c62e                	sw	a1,12(sp)
80401a90:	3d91                	jal	804018e4 <vkprintf>
80401a92:	4529                	li	a0,10
80401a94:	3911                	jal	804016a8 <uart_putc>
80401a96:	4505                	li	a0,1
80401a98:	3e55                	jal	8040164c <sbi_shutdown>

80401a9a <memset>:
80401a9a:	00c56733          	or	a4,a0,a2
80401a9e:	8b0d                	and	a4,a4,3
80401aa0:	87aa                	mv	a5,a0
80401aa2:	cf01                	beqz	a4,80401aba <memset+0x20>
80401aa4:	0ff5f593          	zext.b	a1,a1
80401aa8:	00c50733          	add	a4,a0,a2
80401aac:	c61d                	beqz	a2,80401ada <memset+0x40>
80401aae:	00b78023          	sb	a1,0(a5)
80401ab2:	0785                	add	a5,a5,1
80401ab4:	fee79de3          	bne	a5,a4,80401aae <memset+0x14>
80401ab8:	8082                	ret
80401aba:	0ff5f593          	zext.b	a1,a1
80401abe:	00859693          	sll	a3,a1,0x8
80401ac2:	96ae                	add	a3,a3,a1
80401ac4:	01069793          	sll	a5,a3,0x10
80401ac8:	96be                	add	a3,a3,a5
80401aca:	d67d                	beqz	a2,80401ab8 <memset+0x1e>
80401acc:	00e507b3          	add	a5,a0,a4
80401ad0:	c394                	sw	a3,0(a5)
80401ad2:	0711                	add	a4,a4,4
80401ad4:	fec76ce3          	bltu	a4,a2,80401acc <memset+0x32>
80401ad8:	8082                	ret
80401ada:	8082                	ret

80401adc <memcpy>:
80401adc:	00b567b3          	or	a5,a0,a1
80401ae0:	8fd1                	or	a5,a5,a2
80401ae2:	8b8d                	and	a5,a5,3
80401ae4:	cf91                	beqz	a5,80401b00 <memcpy+0x24>
80401ae6:	87aa                	mv	a5,a0
80401ae8:	00c586b3          	add	a3,a1,a2
80401aec:	c60d                	beqz	a2,80401b16 <memcpy+0x3a>
80401aee:	0005c703          	lbu	a4,0(a1)
80401af2:	0585                	add	a1,a1,1
80401af4:	0785                	add	a5,a5,1
80401af6:	fee78fa3          	sb	a4,-1(a5)
80401afa:	fed59ae3          	bne	a1,a3,80401aee <memcpy+0x12>
80401afe:	8082                	ret
80401b00:	de7d                	beqz	a2,80401afe <memcpy+0x22>
80401b02:	00f58733          	add	a4,a1,a5
80401b06:	4314                	lw	a3,0(a4)
80401b08:	00f50733          	add	a4,a0,a5
80401b0c:	0791                	add	a5,a5,4
80401b0e:	c314                	sw	a3,0(a4)
80401b10:	fec7e9e3          	bltu	a5,a2,80401b02 <memcpy+0x26>
80401b14:	8082                	ret
80401b16:	8082                	ret

80401b18 <memcmp>:
80401b18:	c205                	beqz	a2,80401b38 <memcmp+0x20>
80401b1a:	962a                	add	a2,a2,a0
80401b1c:	a019                	j	80401b22 <memcmp+0xa>
80401b1e:	00c50d63          	beq	a0,a2,80401b38 <memcmp+0x20>
80401b22:	00054783          	lbu	a5,0(a0)
80401b26:	0005c703          	lbu	a4,0(a1)
80401b2a:	0505                	add	a0,a0,1
80401b2c:	0585                	add	a1,a1,1
80401b2e:	fee788e3          	beq	a5,a4,80401b1e <memcmp+0x6>
80401b32:	40e78533          	sub	a0,a5,a4
80401b36:	8082                	ret
80401b38:	4501                	li	a0,0
80401b3a:	8082                	ret

80401b3c <strlen>:
80401b3c:	00054783          	lbu	a5,0(a0)
80401b40:	872a                	mv	a4,a0
80401b42:	4501                	li	a0,0
80401b44:	cb81                	beqz	a5,80401b54 <strlen+0x18>
80401b46:	0505                	add	a0,a0,1
80401b48:	00a707b3          	add	a5,a4,a0
80401b4c:	0007c783          	lbu	a5,0(a5)
80401b50:	fbfd                	bnez	a5,80401b46 <strlen+0xa>
80401b52:	8082                	ret
80401b54:	8082                	ret

80401b56 <strncmp>:
80401b56:	c20d                	beqz	a2,80401b78 <strncmp+0x22>
80401b58:	962a                	add	a2,a2,a0
80401b5a:	a021                	j	80401b62 <strncmp+0xc>
80401b5c:	c385                	beqz	a5,80401b7c <strncmp+0x26>
80401b5e:	00c50d63          	beq	a0,a2,80401b78 <strncmp+0x22>
80401b62:	0005c783          	lbu	a5,0(a1)
80401b66:	00054703          	lbu	a4,0(a0)
80401b6a:	0585                	add	a1,a1,1
80401b6c:	0505                	add	a0,a0,1
80401b6e:	fef707e3          	beq	a4,a5,80401b5c <strncmp+0x6>
80401b72:	40f70533          	sub	a0,a4,a5
80401b76:	8082                	ret
80401b78:	4501                	li	a0,0
80401b7a:	8082                	ret
80401b7c:	4701                	li	a4,0
80401b7e:	40f70533          	sub	a0,a4,a5
80401b82:	8082                	ret

80401b84 <strcmp>:
80401b84:	fff50693          	add	a3,a0,-1
80401b88:	a021                	j	80401b90 <strcmp+0xc>
80401b8a:	cf91                	beqz	a5,80401ba6 <strcmp+0x22>
80401b8c:	02d50163          	beq	a0,a3,80401bae <strcmp+0x2a>
80401b90:	0005c783          	lbu	a5,0(a1)
80401b94:	00054703          	lbu	a4,0(a0)
80401b98:	0585                	add	a1,a1,1
80401b9a:	0505                	add	a0,a0,1
80401b9c:	fef707e3          	beq	a4,a5,80401b8a <strcmp+0x6>
80401ba0:	40f70533          	sub	a0,a4,a5
80401ba4:	8082                	ret
80401ba6:	4701                	li	a4,0
80401ba8:	40f70533          	sub	a0,a4,a5
80401bac:	8082                	ret
80401bae:	4501                	li	a0,0
80401bb0:	8082                	ret

80401bb2 <strlcpy_k>:
80401bb2:	4785                	li	a5,1
80401bb4:	882a                	mv	a6,a0
80401bb6:	02c7f563          	bgeu	a5,a2,80401be0 <strlcpy_k+0x2e>
80401bba:	962e                	add	a2,a2,a1
80401bbc:	872a                	mv	a4,a0
80401bbe:	fff60893          	add	a7,a2,-1
80401bc2:	87ae                	mv	a5,a1
80401bc4:	a801                	j	80401bd4 <strlcpy_k+0x22>
80401bc6:	00d70023          	sb	a3,0(a4)
80401bca:	00180713          	add	a4,a6,1
80401bce:	01160c63          	beq	a2,a7,80401be6 <strlcpy_k+0x34>
80401bd2:	87b2                	mv	a5,a2
80401bd4:	0007c683          	lbu	a3,0(a5)
80401bd8:	00178613          	add	a2,a5,1
80401bdc:	883a                	mv	a6,a4
80401bde:	f6e5                	bnez	a3,80401bc6 <strlcpy_k+0x14>
80401be0:	00080023          	sb	zero,0(a6)
80401be4:	8082                	ret
80401be6:	8f8d                	sub	a5,a5,a1
80401be8:	0785                	add	a5,a5,1
80401bea:	00f50833          	add	a6,a0,a5
80401bee:	00080023          	sb	zero,0(a6)
80401bf2:	8082                	ret

80401bf4 <proc_first_run>:
80401bf4:	1141                	add	sp,sp,-16
80401bf6:	c606                	sw	ra,12(sp)
80401bf8:	d4aff0ef          	jal	80401142 <user_trap_return>

80401bfc <proc_init>:
80401bfc:	804ab6b7          	lui	a3,0x804ab
80401c00:	660d                	lui	a2,0x3
80401c02:	c3060613          	add	a2,a2,-976 # 2c30 <_entry-0x803fd3d0>
80401c06:	8042b737          	lui	a4,0x8042b
80401c0a:	804ab7b7          	lui	a5,0x804ab
80401c0e:	4c068693          	add	a3,a3,1216 # 804ab4c0 <procs>
80401c12:	96b2                	add	a3,a3,a2
80401c14:	4c070713          	add	a4,a4,1216 # 8042b4c0 <kstacks>
80401c18:	4f078793          	add	a5,a5,1264 # 804ab4f0 <procs+0x30>
80401c1c:	6609                	lui	a2,0x2
80401c1e:	c398                	sw	a4,0(a5)
80401c20:	0b078793          	add	a5,a5,176
80401c24:	9732                	add	a4,a4,a2
80401c26:	fed79ce3          	bne	a5,a3,80401c1e <proc_init+0x22>
80401c2a:	8082                	ret

80401c2c <myproc>:
80401c2c:	804277b7          	lui	a5,0x80427
80401c30:	0547a503          	lw	a0,84(a5) # 80427054 <current>
80401c34:	8082                	ret

80401c36 <proc_alloc>:
80401c36:	1101                	add	sp,sp,-32
80401c38:	804ab7b7          	lui	a5,0x804ab
80401c3c:	cc22                	sw	s0,24(sp)
80401c3e:	c84a                	sw	s2,16(sp)
80401c40:	ce06                	sw	ra,28(sp)
80401c42:	4c078913          	add	s2,a5,1216 # 804ab4c0 <procs>
80401c46:	ca26                	sw	s1,20(sp)
80401c48:	c64e                	sw	s3,12(sp)
80401c4a:	c452                	sw	s4,8(sp)
80401c4c:	c256                	sw	s5,4(sp)
80401c4e:	c05a                	sw	s6,0(sp)
80401c50:	4c078793          	add	a5,a5,1216
80401c54:	4401                	li	s0,0
80401c56:	04000693          	li	a3,64
80401c5a:	4398                	lw	a4,0(a5)
80401c5c:	0b078793          	add	a5,a5,176
80401c60:	e355                	bnez	a4,80401d04 <proc_alloc+0xce>
80401c62:	0b000493          	li	s1,176
80401c66:	029404b3          	mul	s1,s0,s1
80401c6a:	fd9fe0ef          	jal	80400c42 <uvm_create>
80401c6e:	009907b3          	add	a5,s2,s1
80401c72:	d3c8                	sw	a0,36(a5)
80401c74:	c959                	beqz	a0,80401d0a <proc_alloc+0xd4>
80401c76:	80427637          	lui	a2,0x80427
80401c7a:	01c62703          	lw	a4,28(a2) # 8042701c <next_pid>
80401c7e:	4685                	li	a3,1
80401c80:	c394                	sw	a3,0(a5)
80401c82:	00170593          	add	a1,a4,1
80401c86:	00b62e23          	sw	a1,28(a2)
80401c8a:	c3d8                	sw	a4,4(a5)
80401c8c:	8abe                	mv	s5,a5
80401c8e:	00d71663          	bne	a4,a3,80401c9a <proc_alloc+0x64>
80401c92:	80427737          	lui	a4,0x80427
80401c96:	04f72823          	sw	a5,80(a4) # 80427050 <init_proc>
80401c9a:	0b000713          	li	a4,176
80401c9e:	02e40433          	mul	s0,s0,a4
80401ca2:	89be                	mv	s3,a5
80401ca4:	6789                	lui	a5,0x2
80401ca6:	f7078793          	add	a5,a5,-144 # 1f70 <_entry-0x803fe090>
80401caa:	09000613          	li	a2,144
80401cae:	4581                	li	a1,0
80401cb0:	4a01                	li	s4,0
80401cb2:	4b0d                	li	s6,3
80401cb4:	944a                	add	s0,s0,s2
80401cb6:	5808                	lw	a0,48(s0)
80401cb8:	953e                	add	a0,a0,a5
80401cba:	d848                	sw	a0,52(s0)
80401cbc:	3bf9                	jal	80401a9a <memset>
80401cbe:	03848513          	add	a0,s1,56
80401cc2:	03800613          	li	a2,56
80401cc6:	4581                	li	a1,0
80401cc8:	954a                	add	a0,a0,s2
80401cca:	3bc1                	jal	80401a9a <memset>
80401ccc:	5858                	lw	a4,52(s0)
80401cce:	804027b7          	lui	a5,0x80402
80401cd2:	bf478793          	add	a5,a5,-1036 # 80401bf4 <proc_first_run>
80401cd6:	dc1c                	sw	a5,56(s0)
80401cd8:	dc58                	sw	a4,60(s0)
80401cda:	59b000ef          	jal	80402a74 <file_console>
80401cde:	5f9000ef          	jal	80402ad6 <file_dup>
80401ce2:	06a9a823          	sw	a0,112(s3)
80401ce6:	0a05                	add	s4,s4,1 # 1001 <_entry-0x803fefff>
80401ce8:	0991                	add	s3,s3,4
80401cea:	ff6a18e3          	bne	s4,s6,80401cda <proc_alloc+0xa4>
80401cee:	40f2                	lw	ra,28(sp)
80401cf0:	4462                	lw	s0,24(sp)
80401cf2:	44d2                	lw	s1,20(sp)
80401cf4:	4942                	lw	s2,16(sp)
80401cf6:	49b2                	lw	s3,12(sp)
80401cf8:	4a22                	lw	s4,8(sp)
80401cfa:	4b02                	lw	s6,0(sp)
80401cfc:	8556                	mv	a0,s5
80401cfe:	4a92                	lw	s5,4(sp)
80401d00:	6105                	add	sp,sp,32
80401d02:	8082                	ret
80401d04:	0405                	add	s0,s0,1
80401d06:	f4d41ae3          	bne	s0,a3,80401c5a <proc_alloc+0x24>
80401d0a:	4a81                	li	s5,0
80401d0c:	b7cd                	j	80401cee <proc_alloc+0xb8>

80401d0e <proc_free>:
80401d0e:	1141                	add	sp,sp,-16
80401d10:	c422                	sw	s0,8(sp)
80401d12:	c226                	sw	s1,4(sp)
80401d14:	c04a                	sw	s2,0(sp)
80401d16:	c606                	sw	ra,12(sp)
80401d18:	892a                	mv	s2,a0
80401d1a:	07050413          	add	s0,a0,112
80401d1e:	0b050493          	add	s1,a0,176
80401d22:	4008                	lw	a0,0(s0)
80401d24:	c509                	beqz	a0,80401d2e <proc_free+0x20>
80401d26:	5b9000ef          	jal	80402ade <file_close>
80401d2a:	00042023          	sw	zero,0(s0)
80401d2e:	0411                	add	s0,s0,4
80401d30:	fe9419e3          	bne	s0,s1,80401d22 <proc_free+0x14>
80401d34:	02492503          	lw	a0,36(s2)
80401d38:	c119                	beqz	a0,80401d3e <proc_free+0x30>
80401d3a:	f39fe0ef          	jal	80400c72 <uvm_free>
80401d3e:	03092403          	lw	s0,48(s2)
80401d42:	854a                	mv	a0,s2
80401d44:	0b000613          	li	a2,176
80401d48:	4581                	li	a1,0
80401d4a:	3b81                	jal	80401a9a <memset>
80401d4c:	40b2                	lw	ra,12(sp)
80401d4e:	02892823          	sw	s0,48(s2)
80401d52:	4422                	lw	s0,8(sp)
80401d54:	00092023          	sw	zero,0(s2)
80401d58:	4492                	lw	s1,4(sp)
80401d5a:	4902                	lw	s2,0(sp)
80401d5c:	0141                	add	sp,sp,16
80401d5e:	8082                	ret

80401d60 <scheduler>:
80401d60:	7179                	add	sp,sp,-48
80401d62:	d226                	sw	s1,36(sp)
80401d64:	c85a                	sw	s6,16(sp)
80401d66:	ba2e94b7          	lui	s1,0xba2e9
80401d6a:	804abb37          	lui	s6,0x804ab
80401d6e:	d04a                	sw	s2,32(sp)
80401d70:	ce4e                	sw	s3,28(sp)
80401d72:	cc52                	sw	s4,24(sp)
80401d74:	ca56                	sw	s5,20(sp)
80401d76:	c65e                	sw	s7,12(sp)
80401d78:	c462                	sw	s8,8(sp)
80401d7a:	c266                	sw	s9,4(sp)
80401d7c:	c06a                	sw	s10,0(sp)
80401d7e:	d606                	sw	ra,44(sp)
80401d80:	d422                	sw	s0,40(sp)
80401d82:	4c81                	li	s9,0
80401d84:	04000613          	li	a2,64
80401d88:	4c0b0b13          	add	s6,s6,1216 # 804ab4c0 <procs>
80401d8c:	80427d37          	lui	s10,0x80427
80401d90:	8042ba37          	lui	s4,0x8042b
80401d94:	804279b7          	lui	s3,0x80427
80401d98:	0b000c13          	li	s8,176
80401d9c:	4b89                	li	s7,2
80401d9e:	ba348493          	add	s1,s1,-1117 # ba2e8ba3 <kernel_end+0x39df5ba3>
80401da2:	490d                	li	s2,3
80401da4:	4a95                	li	s5,5
80401da6:	8766                	mv	a4,s9
80401da8:	a021                	j	80401db0 <scheduler+0x50>
80401daa:	0705                	add	a4,a4,1
80401dac:	06e60c63          	beq	a2,a4,80401e24 <scheduler+0xc4>
80401db0:	41f75793          	sra	a5,a4,0x1f
80401db4:	83e9                	srl	a5,a5,0x1a
80401db6:	00f70433          	add	s0,a4,a5
80401dba:	03f47413          	and	s0,s0,63
80401dbe:	8c1d                	sub	s0,s0,a5
80401dc0:	03840433          	mul	s0,s0,s8
80401dc4:	008b07b3          	add	a5,s6,s0
80401dc8:	4394                	lw	a3,0(a5)
80401dca:	ff7690e3          	bne	a3,s7,80401daa <scheduler+0x4a>
80401dce:	40445713          	sra	a4,s0,0x4
80401dd2:	02970733          	mul	a4,a4,s1
80401dd6:	53c8                	lw	a0,36(a5)
80401dd8:	04fd2a23          	sw	a5,84(s10) # 80427054 <current>
80401ddc:	0127a023          	sw	s2,0(a5)
80401de0:	00170793          	add	a5,a4,1
80401de4:	41f7d713          	sra	a4,a5,0x1f
80401de8:	8369                	srl	a4,a4,0x1a
80401dea:	00e78cb3          	add	s9,a5,a4
80401dee:	03fcfc93          	and	s9,s9,63
80401df2:	40ec8cb3          	sub	s9,s9,a4
80401df6:	e29fe0ef          	jal	80400c1e <vm_switch>
80401dfa:	03840593          	add	a1,s0,56
80401dfe:	95da                	add	a1,a1,s6
80401e00:	488a0513          	add	a0,s4,1160 # 8042b488 <scheduler_context>
80401e04:	e3aff0ef          	jal	8040143e <swtch>
80401e08:	0509a783          	lw	a5,80(s3) # 80427050 <init_proc>
80401e0c:	040d2a23          	sw	zero,84(s10)
80401e10:	c781                	beqz	a5,80401e18 <scheduler+0xb8>
80401e12:	4398                	lw	a4,0(a5)
80401e14:	01570563          	beq	a4,s5,80401e1e <scheduler+0xbe>
80401e18:	040c8613          	add	a2,s9,64
80401e1c:	b769                	j	80401da6 <scheduler+0x46>
80401e1e:	4fc8                	lw	a0,28(a5)
80401e20:	a14fe0ef          	jal	80400034 <power_off>
80401e24:	10500073          	wfi
80401e28:	100ba073          	csrs	sstatus,s7
80401e2c:	100bb073          	csrc	sstatus,s7
80401e30:	bf9d                	j	80401da6 <scheduler+0x46>

80401e32 <yield>:
80401e32:	804277b7          	lui	a5,0x80427
80401e36:	0547a503          	lw	a0,84(a5) # 80427054 <current>
80401e3a:	8042b5b7          	lui	a1,0x8042b
80401e3e:	4789                	li	a5,2
80401e40:	c11c                	sw	a5,0(a0)
80401e42:	48858593          	add	a1,a1,1160 # 8042b488 <scheduler_context>
80401e46:	03850513          	add	a0,a0,56
80401e4a:	df4ff06f          	j	8040143e <swtch>

80401e4e <sleep_on>:
80401e4e:	1141                	add	sp,sp,-16
80401e50:	c422                	sw	s0,8(sp)
80401e52:	80427437          	lui	s0,0x80427
80401e56:	05442783          	lw	a5,84(s0) # 80427054 <current>
80401e5a:	c606                	sw	ra,12(sp)
80401e5c:	4711                	li	a4,4
80401e5e:	8042b5b7          	lui	a1,0x8042b
80401e62:	d388                	sw	a0,32(a5)
80401e64:	c398                	sw	a4,0(a5)
80401e66:	03878513          	add	a0,a5,56
80401e6a:	48858593          	add	a1,a1,1160 # 8042b488 <scheduler_context>
80401e6e:	dd0ff0ef          	jal	8040143e <swtch>
80401e72:	05442783          	lw	a5,84(s0)
80401e76:	40b2                	lw	ra,12(sp)
80401e78:	4422                	lw	s0,8(sp)
80401e7a:	0207a023          	sw	zero,32(a5)
80401e7e:	0141                	add	sp,sp,16
80401e80:	8082                	ret

80401e82 <wakeup>:
80401e82:	804ab7b7          	lui	a5,0x804ab
80401e86:	668d                	lui	a3,0x3
80401e88:	4c078793          	add	a5,a5,1216 # 804ab4c0 <procs>
80401e8c:	c0068693          	add	a3,a3,-1024 # 2c00 <_entry-0x803fd400>
80401e90:	96be                	add	a3,a3,a5
80401e92:	4611                	li	a2,4
80401e94:	4589                	li	a1,2
80401e96:	a029                	j	80401ea0 <wakeup+0x1e>
80401e98:	0b078793          	add	a5,a5,176
80401e9c:	00f68d63          	beq	a3,a5,80401eb6 <wakeup+0x34>
80401ea0:	4398                	lw	a4,0(a5)
80401ea2:	fec71be3          	bne	a4,a2,80401e98 <wakeup+0x16>
80401ea6:	5398                	lw	a4,32(a5)
80401ea8:	fea718e3          	bne	a4,a0,80401e98 <wakeup+0x16>
80401eac:	c38c                	sw	a1,0(a5)
80401eae:	0b078793          	add	a5,a5,176
80401eb2:	fef697e3          	bne	a3,a5,80401ea0 <wakeup+0x1e>
80401eb6:	8082                	ret

80401eb8 <proc_close_all>:
80401eb8:	1141                	add	sp,sp,-16
80401eba:	c04a                	sw	s2,0(sp)
80401ebc:	678d                	lui	a5,0x3
80401ebe:	804ab937          	lui	s2,0x804ab
80401ec2:	4c090913          	add	s2,s2,1216 # 804ab4c0 <procs>
80401ec6:	cb078793          	add	a5,a5,-848 # 2cb0 <_entry-0x803fd350>
80401eca:	c226                	sw	s1,4(sp)
80401ecc:	c606                	sw	ra,12(sp)
80401ece:	0b090493          	add	s1,s2,176
80401ed2:	c422                	sw	s0,8(sp)
80401ed4:	993e                	add	s2,s2,a5
80401ed6:	fc048413          	add	s0,s1,-64
80401eda:	4008                	lw	a0,0(s0)
80401edc:	c509                	beqz	a0,80401ee6 <proc_close_all+0x2e>
80401ede:	401000ef          	jal	80402ade <file_close>
80401ee2:	00042023          	sw	zero,0(s0)
80401ee6:	0411                	add	s0,s0,4
80401ee8:	fe9419e3          	bne	s0,s1,80401eda <proc_close_all+0x22>
80401eec:	0b040493          	add	s1,s0,176
80401ef0:	ff2493e3          	bne	s1,s2,80401ed6 <proc_close_all+0x1e>
80401ef4:	40b2                	lw	ra,12(sp)
80401ef6:	4422                	lw	s0,8(sp)
80401ef8:	4492                	lw	s1,4(sp)
80401efa:	4902                	lw	s2,0(sp)
80401efc:	0141                	add	sp,sp,16
80401efe:	8082                	ret

80401f00 <proc_exit>:
80401f00:	1101                	add	sp,sp,-32
80401f02:	ca26                	sw	s1,20(sp)
80401f04:	804274b7          	lui	s1,0x80427
80401f08:	c64e                	sw	s3,12(sp)
80401f0a:	0544a983          	lw	s3,84(s1) # 80427054 <current>
80401f0e:	cc22                	sw	s0,24(sp)
80401f10:	c84a                	sw	s2,16(sp)
80401f12:	c452                	sw	s4,8(sp)
80401f14:	ce06                	sw	ra,28(sp)
80401f16:	842a                	mv	s0,a0
80401f18:	07098913          	add	s2,s3,112
80401f1c:	0b098a13          	add	s4,s3,176
80401f20:	00092503          	lw	a0,0(s2)
80401f24:	c509                	beqz	a0,80401f2e <proc_exit+0x2e>
80401f26:	3b9000ef          	jal	80402ade <file_close>
80401f2a:	00092023          	sw	zero,0(s2)
80401f2e:	0911                	add	s2,s2,4
80401f30:	ff4918e3          	bne	s2,s4,80401f20 <proc_exit+0x20>
80401f34:	678d                	lui	a5,0x3
80401f36:	80427737          	lui	a4,0x80427
80401f3a:	804abe37          	lui	t3,0x804ab
80401f3e:	4c0e0e13          	add	t3,t3,1216 # 804ab4c0 <procs>
80401f42:	c0878513          	add	a0,a5,-1016 # 2c08 <_entry-0x803fd3f8>
80401f46:	05072803          	lw	a6,80(a4) # 80427050 <init_proc>
80401f4a:	c0078793          	add	a5,a5,-1024
80401f4e:	804ab737          	lui	a4,0x804ab
80401f52:	4c870713          	add	a4,a4,1224 # 804ab4c8 <procs+0x8>
80401f56:	9572                	add	a0,a0,t3
80401f58:	4315                	li	t1,5
80401f5a:	00fe0633          	add	a2,t3,a5
80401f5e:	4591                	li	a1,4
80401f60:	4889                	li	a7,2
80401f62:	a029                	j	80401f6c <proc_exit+0x6c>
80401f64:	0b070713          	add	a4,a4,176
80401f68:	02a70b63          	beq	a4,a0,80401f9e <proc_exit+0x9e>
80401f6c:	ff872783          	lw	a5,-8(a4)
80401f70:	dbf5                	beqz	a5,80401f64 <proc_exit+0x64>
80401f72:	4314                	lw	a3,0(a4)
80401f74:	fed998e3          	bne	s3,a3,80401f64 <proc_exit+0x64>
80401f78:	01072023          	sw	a6,0(a4)
80401f7c:	fe6794e3          	bne	a5,t1,80401f64 <proc_exit+0x64>
80401f80:	87f2                	mv	a5,t3
80401f82:	a029                	j	80401f8c <proc_exit+0x8c>
80401f84:	0b078793          	add	a5,a5,176
80401f88:	fcf60ee3          	beq	a2,a5,80401f64 <proc_exit+0x64>
80401f8c:	4394                	lw	a3,0(a5)
80401f8e:	feb69be3          	bne	a3,a1,80401f84 <proc_exit+0x84>
80401f92:	5394                	lw	a3,32(a5)
80401f94:	fed818e3          	bne	a6,a3,80401f84 <proc_exit+0x84>
80401f98:	0117a023          	sw	a7,0(a5)
80401f9c:	b7e5                	j	80401f84 <proc_exit+0x84>
80401f9e:	0089a503          	lw	a0,8(s3)
80401fa2:	4795                	li	a5,5
80401fa4:	0089ae23          	sw	s0,28(s3)
80401fa8:	00f9a023          	sw	a5,0(s3)
80401fac:	c111                	beqz	a0,80401fb0 <proc_exit+0xb0>
80401fae:	3dd1                	jal	80401e82 <wakeup>
80401fb0:	0544a503          	lw	a0,84(s1)
80401fb4:	c11d                	beqz	a0,80401fda <proc_exit+0xda>
80401fb6:	4118                	lw	a4,0(a0)
80401fb8:	478d                	li	a5,3
80401fba:	02f70063          	beq	a4,a5,80401fda <proc_exit+0xda>
80401fbe:	8042b5b7          	lui	a1,0x8042b
80401fc2:	03850513          	add	a0,a0,56
80401fc6:	48858593          	add	a1,a1,1160 # 8042b488 <scheduler_context>
80401fca:	c74ff0ef          	jal	8040143e <swtch>
80401fce:	80405537          	lui	a0,0x80405
80401fd2:	56050513          	add	a0,a0,1376 # 80405560 <names.0+0xe0>
80401fd6:	a8fff0ef          	jal	80401a64 <panic>
80401fda:	80405537          	lui	a0,0x80405
80401fde:	53c50513          	add	a0,a0,1340 # 8040553c <names.0+0xbc>
80401fe2:	a83ff0ef          	jal	80401a64 <panic>

80401fe6 <proc_wait>:
80401fe6:	7179                	add	sp,sp,-48
80401fe8:	c462                	sw	s8,8(sp)
80401fea:	80427c37          	lui	s8,0x80427
80401fee:	d04a                	sw	s2,32(sp)
80401ff0:	054c2903          	lw	s2,84(s8) # 80427054 <current>
80401ff4:	cc52                	sw	s4,24(sp)
80401ff6:	804aba37          	lui	s4,0x804ab
80401ffa:	d226                	sw	s1,36(sp)
80401ffc:	ce4e                	sw	s3,28(sp)
80401ffe:	ca56                	sw	s5,20(sp)
80402000:	c85a                	sw	s6,16(sp)
80402002:	c65e                	sw	s7,12(sp)
80402004:	d606                	sw	ra,44(sp)
80402006:	d422                	sw	s0,40(sp)
80402008:	89aa                	mv	s3,a0
8040200a:	8aae                	mv	s5,a1
8040200c:	4c0a0a13          	add	s4,s4,1216 # 804ab4c0 <procs>
80402010:	5b7d                	li	s6,-1
80402012:	4b95                	li	s7,5
80402014:	04000493          	li	s1,64
80402018:	87d2                	mv	a5,s4
8040201a:	4401                	li	s0,0
8040201c:	4601                	li	a2,0
8040201e:	a031                	j	8040202a <proc_wait+0x44>
80402020:	0405                	add	s0,s0,1
80402022:	0b078793          	add	a5,a5,176
80402026:	06940063          	beq	s0,s1,80402086 <proc_wait+0xa0>
8040202a:	4398                	lw	a4,0(a5)
8040202c:	db75                	beqz	a4,80402020 <proc_wait+0x3a>
8040202e:	4794                	lw	a3,8(a5)
80402030:	ff2698e3          	bne	a3,s2,80402020 <proc_wait+0x3a>
80402034:	01698563          	beq	s3,s6,8040203e <proc_wait+0x58>
80402038:	43d4                	lw	a3,4(a5)
8040203a:	ff3693e3          	bne	a3,s3,80402020 <proc_wait+0x3a>
8040203e:	03771e63          	bne	a4,s7,8040207a <proc_wait+0x94>
80402042:	0b000493          	li	s1,176
80402046:	029404b3          	mul	s1,s0,s1
8040204a:	060a9263          	bnez	s5,804020ae <proc_wait+0xc8>
8040204e:	0b000793          	li	a5,176
80402052:	009a0533          	add	a0,s4,s1
80402056:	02f40433          	mul	s0,s0,a5
8040205a:	9452                	add	s0,s0,s4
8040205c:	4040                	lw	s0,4(s0)
8040205e:	3945                	jal	80401d0e <proc_free>
80402060:	50b2                	lw	ra,44(sp)
80402062:	8522                	mv	a0,s0
80402064:	5422                	lw	s0,40(sp)
80402066:	5492                	lw	s1,36(sp)
80402068:	5902                	lw	s2,32(sp)
8040206a:	49f2                	lw	s3,28(sp)
8040206c:	4a62                	lw	s4,24(sp)
8040206e:	4ad2                	lw	s5,20(sp)
80402070:	4b42                	lw	s6,16(sp)
80402072:	4bb2                	lw	s7,12(sp)
80402074:	4c22                	lw	s8,8(sp)
80402076:	6145                	add	sp,sp,48
80402078:	8082                	ret
8040207a:	0405                	add	s0,s0,1
8040207c:	4605                	li	a2,1
8040207e:	0b078793          	add	a5,a5,176
80402082:	fa9414e3          	bne	s0,s1,8040202a <proc_wait+0x44>
80402086:	c229                	beqz	a2,804020c8 <proc_wait+0xe2>
80402088:	054c2503          	lw	a0,84(s8)
8040208c:	4791                	li	a5,4
8040208e:	8042b5b7          	lui	a1,0x8042b
80402092:	c11c                	sw	a5,0(a0)
80402094:	03252023          	sw	s2,32(a0)
80402098:	48858593          	add	a1,a1,1160 # 8042b488 <scheduler_context>
8040209c:	03850513          	add	a0,a0,56
804020a0:	b9eff0ef          	jal	8040143e <swtch>
804020a4:	054c2783          	lw	a5,84(s8)
804020a8:	0207a023          	sw	zero,32(a5)
804020ac:	b7b5                	j	80402018 <proc_wait+0x32>
804020ae:	02492503          	lw	a0,36(s2)
804020b2:	01c48613          	add	a2,s1,28
804020b6:	4691                	li	a3,4
804020b8:	9652                	add	a2,a2,s4
804020ba:	85d6                	mv	a1,s5
804020bc:	ea5fe0ef          	jal	80400f60 <copyout>
804020c0:	f80557e3          	bgez	a0,8040204e <proc_wait+0x68>
804020c4:	5449                	li	s0,-14
804020c6:	bf69                	j	80402060 <proc_wait+0x7a>
804020c8:	5459                	li	s0,-10
804020ca:	bf59                	j	80402060 <proc_wait+0x7a>

804020cc <fd_alloc>:
804020cc:	804277b7          	lui	a5,0x80427
804020d0:	0547a583          	lw	a1,84(a5) # 80427054 <current>
804020d4:	862a                	mv	a2,a0
804020d6:	46c1                	li	a3,16
804020d8:	07058793          	add	a5,a1,112
804020dc:	4501                	li	a0,0
804020de:	4398                	lw	a4,0(a5)
804020e0:	0791                	add	a5,a5,4
804020e2:	c711                	beqz	a4,804020ee <fd_alloc+0x22>
804020e4:	0505                	add	a0,a0,1
804020e6:	fed51ce3          	bne	a0,a3,804020de <fd_alloc+0x12>
804020ea:	5521                	li	a0,-24
804020ec:	8082                	ret
804020ee:	01c50793          	add	a5,a0,28
804020f2:	078a                	sll	a5,a5,0x2
804020f4:	95be                	add	a1,a1,a5
804020f6:	c190                	sw	a2,0(a1)
804020f8:	8082                	ret

804020fa <image_read>:
804020fa:	4518                	lw	a4,8(a0)
804020fc:	04b76763          	bltu	a4,a1,8040214a <image_read+0x50>
80402100:	1141                	add	sp,sp,-16
80402102:	c422                	sw	s0,8(sp)
80402104:	c606                	sw	ra,12(sp)
80402106:	8f0d                	sub	a4,a4,a1
80402108:	8436                	mv	s0,a3
8040210a:	04d76263          	bltu	a4,a3,8040214e <image_read+0x54>
8040210e:	00052803          	lw	a6,0(a0)
80402112:	87aa                	mv	a5,a0
80402114:	02080063          	beqz	a6,80402134 <image_read+0x3a>
80402118:	8736                	mv	a4,a3
8040211a:	8542                	mv	a0,a6
8040211c:	86ae                	mv	a3,a1
8040211e:	4581                	li	a1,0
80402120:	45c010ef          	jal	8040357c <readi>
80402124:	87aa                	mv	a5,a0
80402126:	556d                	li	a0,-5
80402128:	00878c63          	beq	a5,s0,80402140 <image_read+0x46>
8040212c:	40b2                	lw	ra,12(sp)
8040212e:	4422                	lw	s0,8(sp)
80402130:	0141                	add	sp,sp,16
80402132:	8082                	ret
80402134:	43dc                	lw	a5,4(a5)
80402136:	8532                	mv	a0,a2
80402138:	8636                	mv	a2,a3
8040213a:	95be                	add	a1,a1,a5
8040213c:	9a1ff0ef          	jal	80401adc <memcpy>
80402140:	40b2                	lw	ra,12(sp)
80402142:	4422                	lw	s0,8(sp)
80402144:	4501                	li	a0,0
80402146:	0141                	add	sp,sp,16
80402148:	8082                	ret
8040214a:	5561                	li	a0,-8
8040214c:	8082                	ret
8040214e:	5561                	li	a0,-8
80402150:	bff1                	j	8040212c <image_read+0x32>

80402152 <proc_spawn>:
80402152:	7111                	add	sp,sp,-256
80402154:	dba6                	sw	s1,244(sp)
80402156:	d9ca                	sw	s2,240(sp)
80402158:	d5d2                	sw	s4,232(sp)
8040215a:	84aa                	mv	s1,a0
8040215c:	892e                	mv	s2,a1
8040215e:	8a32                	mv	s4,a2
80402160:	4581                	li	a1,0
80402162:	4631                	li	a2,12
80402164:	0808                	add	a0,sp,16
80402166:	df86                	sw	ra,252(sp)
80402168:	dda2                	sw	s0,248(sp)
8040216a:	d7ce                	sw	s3,236(sp)
8040216c:	d3d6                	sw	s5,228(sp)
8040216e:	d1da                	sw	s6,224(sp)
80402170:	cfde                	sw	s7,220(sp)
80402172:	cde2                	sw	s8,216(sp)
80402174:	cbe6                	sw	s9,212(sp)
80402176:	c9ea                	sw	s10,208(sp)
80402178:	c7ee                	sw	s11,204(sp)
8040217a:	921ff0ef          	jal	80401a9a <memset>
8040217e:	78f000ef          	jal	8040310c <fs_mounted>
80402182:	e941                	bnez	a0,80402212 <proc_spawn+0xc0>
80402184:	0004c683          	lbu	a3,0(s1)
80402188:	02f00793          	li	a5,47
8040218c:	8526                	mv	a0,s1
8040218e:	02f00713          	li	a4,47
80402192:	00f69763          	bne	a3,a5,804021a0 <proc_spawn+0x4e>
80402196:	00154783          	lbu	a5,1(a0)
8040219a:	0505                	add	a0,a0,1
8040219c:	fee78de3          	beq	a5,a4,80402196 <proc_spawn+0x44>
804021a0:	2629                	jal	804024aa <program_find>
804021a2:	2e050863          	beqz	a0,80402492 <proc_spawn+0x340>
804021a6:	4158                	lw	a4,4(a0)
804021a8:	451c                	lw	a5,8(a0)
804021aa:	ca3a                	sw	a4,20(sp)
804021ac:	8f99                	sub	a5,a5,a4
804021ae:	cc3e                	sw	a5,24(sp)
804021b0:	a87ff0ef          	jal	80401c36 <proc_alloc>
804021b4:	89aa                	mv	s3,a0
804021b6:	c90d                	beqz	a0,804021e8 <proc_spawn+0x96>
804021b8:	03400693          	li	a3,52
804021bc:	1870                	add	a2,sp,60
804021be:	4581                	li	a1,0
804021c0:	0808                	add	a0,sp,16
804021c2:	3f25                	jal	804020fa <image_read>
804021c4:	00054963          	bltz	a0,804021d6 <proc_spawn+0x84>
804021c8:	5772                	lw	a4,60(sp)
804021ca:	464c47b7          	lui	a5,0x464c4
804021ce:	57f78793          	add	a5,a5,1407 # 464c457f <_entry-0x39f3ba81>
804021d2:	04f70963          	beq	a4,a5,80402224 <proc_spawn+0xd2>
804021d6:	5461                	li	s0,-8
804021d8:	4542                	lw	a0,16(sp)
804021da:	c119                	beqz	a0,804021e0 <proc_spawn+0x8e>
804021dc:	256010ef          	jal	80403432 <iput>
804021e0:	854e                	mv	a0,s3
804021e2:	b2dff0ef          	jal	80401d0e <proc_free>
804021e6:	a031                	j	804021f2 <proc_spawn+0xa0>
804021e8:	4542                	lw	a0,16(sp)
804021ea:	c119                	beqz	a0,804021f0 <proc_spawn+0x9e>
804021ec:	246010ef          	jal	80403432 <iput>
804021f0:	5455                	li	s0,-11
804021f2:	50fe                	lw	ra,252(sp)
804021f4:	8522                	mv	a0,s0
804021f6:	546e                	lw	s0,248(sp)
804021f8:	54de                	lw	s1,244(sp)
804021fa:	594e                	lw	s2,240(sp)
804021fc:	59be                	lw	s3,236(sp)
804021fe:	5a2e                	lw	s4,232(sp)
80402200:	5a9e                	lw	s5,228(sp)
80402202:	5b0e                	lw	s6,224(sp)
80402204:	4bfe                	lw	s7,220(sp)
80402206:	4c6e                	lw	s8,216(sp)
80402208:	4cde                	lw	s9,212(sp)
8040220a:	4d4e                	lw	s10,208(sp)
8040220c:	4dbe                	lw	s11,204(sp)
8040220e:	6111                	add	sp,sp,256
80402210:	8082                	ret
80402212:	186c                	add	a1,sp,60
80402214:	8526                	mv	a0,s1
80402216:	794010ef          	jal	804039aa <fs_lookup>
8040221a:	f52d                	bnez	a0,80402184 <proc_spawn+0x32>
8040221c:	5772                	lw	a4,60(sp)
8040221e:	475c                	lw	a5,12(a4)
80402220:	c83a                	sw	a4,16(sp)
80402222:	b771                	j	804021ae <proc_spawn+0x5c>
80402224:	04015703          	lhu	a4,64(sp)
80402228:	10100793          	li	a5,257
8040222c:	faf715e3          	bne	a4,a5,804021d6 <proc_spawn+0x84>
80402230:	4736                	lw	a4,76(sp)
80402232:	00f307b7          	lui	a5,0xf30
80402236:	0789                	add	a5,a5,2 # f30002 <_entry-0x7f4cfffe>
80402238:	f8f71fe3          	bne	a4,a5,804021d6 <proc_spawn+0x84>
8040223c:	06615703          	lhu	a4,102(sp)
80402240:	02000793          	li	a5,32
80402244:	f8f719e3          	bne	a4,a5,804021d6 <proc_spawn+0x84>
80402248:	06815783          	lhu	a5,104(sp)
8040224c:	473d                	li	a4,15
8040224e:	17fd                	add	a5,a5,-1
80402250:	07c2                	sll	a5,a5,0x10
80402252:	83c1                	srl	a5,a5,0x10
80402254:	f8f761e3          	bltu	a4,a5,804021d6 <proc_spawn+0x84>
80402258:	45e6                	lw	a1,88(sp)
8040225a:	47e2                	lw	a5,24(sp)
8040225c:	f6b7ede3          	bltu	a5,a1,804021d6 <proc_spawn+0x84>
80402260:	c602                	sw	zero,12(sp)
80402262:	4b81                	li	s7,0
80402264:	4a85                	li	s5,1
80402266:	a811                	j	8040227a <proc_spawn+0x128>
80402268:	47f2                	lw	a5,28(sp)
8040226a:	0d578763          	beq	a5,s5,80402338 <proc_spawn+0x1e6>
8040226e:	06815783          	lhu	a5,104(sp)
80402272:	0b85                	add	s7,s7,1
80402274:	02fbf463          	bgeu	s7,a5,8040229c <proc_spawn+0x14a>
80402278:	45e6                	lw	a1,88(sp)
8040227a:	005b9793          	sll	a5,s7,0x5
8040227e:	02000693          	li	a3,32
80402282:	0870                	add	a2,sp,28
80402284:	95be                	add	a1,a1,a5
80402286:	0808                	add	a0,sp,16
80402288:	3d8d                	jal	804020fa <image_read>
8040228a:	842a                	mv	s0,a0
8040228c:	dd71                	beqz	a0,80402268 <proc_spawn+0x116>
8040228e:	f40445e3          	bltz	s0,804021d8 <proc_spawn+0x86>
80402292:	06815783          	lhu	a5,104(sp)
80402296:	0b85                	add	s7,s7,1
80402298:	fefbe0e3          	bltu	s7,a5,80402278 <proc_spawn+0x126>
8040229c:	47b2                	lw	a5,12(sp)
8040229e:	df85                	beqz	a5,804021d6 <proc_spawn+0x84>
804022a0:	45d6                	lw	a1,84(sp)
804022a2:	0249a503          	lw	a0,36(s3)
804022a6:	4621                	li	a2,8
804022a8:	bb3fe0ef          	jal	80400e5a <uvm_pa>
804022ac:	1e050563          	beqz	a0,80402496 <proc_spawn+0x344>
804022b0:	4732                	lw	a4,12(sp)
804022b2:	6785                	lui	a5,0x1
804022b4:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
804022b6:	00f70bb3          	add	s7,a4,a5
804022ba:	0249a503          	lw	a0,36(s3)
804022be:	77fd                	lui	a5,0xfffff
804022c0:	00fbfbb3          	and	s7,s7,a5
804022c4:	0379a623          	sw	s7,44(s3)
804022c8:	0379a423          	sw	s7,40(s3)
804022cc:	4699                	li	a3,6
804022ce:	6641                	lui	a2,0x10
804022d0:	0bfe05b7          	lui	a1,0xbfe0
804022d4:	4bd6                	lw	s7,84(sp)
804022d6:	a2bfe0ef          	jal	80400d00 <uvm_alloc>
804022da:	8b2a                	mv	s6,a0
804022dc:	10051c63          	bnez	a0,804023f4 <proc_spawn+0x2a2>
804022e0:	03c10c13          	add	s8,sp,60
804022e4:	0bff0ab7          	lui	s5,0xbff0
804022e8:	02000d13          	li	s10,32
804022ec:	f401fcb7          	lui	s9,0xf401f
804022f0:	a00d                	j	80402312 <proc_spawn+0x1c0>
804022f2:	02a7ee63          	bltu	a5,a0,8040232e <proc_spawn+0x1dc>
804022f6:	00092603          	lw	a2,0(s2)
804022fa:	0249a503          	lw	a0,36(s3)
804022fe:	0b05                	add	s6,s6,1
80402300:	0911                	add	s2,s2,4
80402302:	c5ffe0ef          	jal	80400f60 <copyout>
80402306:	015c2023          	sw	s5,0(s8)
8040230a:	842a                	mv	s0,a0
8040230c:	0c11                	add	s8,s8,4
8040230e:	0e051763          	bnez	a0,804023fc <proc_spawn+0x2aa>
80402312:	00092503          	lw	a0,0(s2)
80402316:	c56d                	beqz	a0,80402400 <proc_spawn+0x2ae>
80402318:	825ff0ef          	jal	80401b3c <strlen>
8040231c:	0505                	add	a0,a0,1
8040231e:	019a87b3          	add	a5,s5,s9
80402322:	40aa8ab3          	sub	s5,s5,a0
80402326:	86aa                	mv	a3,a0
80402328:	85d6                	mv	a1,s5
8040232a:	fdab14e3          	bne	s6,s10,804022f2 <proc_spawn+0x1a0>
8040232e:	4542                	lw	a0,16(sp)
80402330:	16051963          	bnez	a0,804024a2 <proc_spawn+0x350>
80402334:	5429                	li	s0,-22
80402336:	b56d                	j	804021e0 <proc_spawn+0x8e>
80402338:	57c2                	lw	a5,48(sp)
8040233a:	db95                	beqz	a5,8040226e <proc_spawn+0x11c>
8040233c:	56b2                	lw	a3,44(sp)
8040233e:	0249ab03          	lw	s6,36(s3)
80402342:	e8d7eae3          	bltu	a5,a3,804021d6 <proc_spawn+0x84>
80402346:	5592                	lw	a1,36(sp)
80402348:	787d                	lui	a6,0xfffff
8040234a:	0bfde6b7          	lui	a3,0xbfde
8040234e:	01058633          	add	a2,a1,a6
80402352:	e8c6e2e3          	bltu	a3,a2,804021d6 <proc_spawn+0x84>
80402356:	0bfdf6b7          	lui	a3,0xbfdf
8040235a:	8e8d                	sub	a3,a3,a1
8040235c:	e6f6ede3          	bltu	a3,a5,804021d6 <proc_spawn+0x84>
80402360:	5552                	lw	a0,52(sp)
80402362:	00b78633          	add	a2,a5,a1
80402366:	6785                	lui	a5,0x1
80402368:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
8040236a:	963e                	add	a2,a2,a5
8040236c:	00155693          	srl	a3,a0,0x1
80402370:	00351793          	sll	a5,a0,0x3
80402374:	0105f5b3          	and	a1,a1,a6
80402378:	01067633          	and	a2,a2,a6
8040237c:	8a89                	and	a3,a3,2
8040237e:	8ba1                	and	a5,a5,8
80402380:	8909                	and	a0,a0,2
80402382:	8e0d                	sub	a2,a2,a1
80402384:	8edd                	or	a3,a3,a5
80402386:	c12d                	beqz	a0,804023e8 <proc_spawn+0x296>
80402388:	0066e693          	or	a3,a3,6
8040238c:	855a                	mv	a0,s6
8040238e:	973fe0ef          	jal	80400d00 <uvm_alloc>
80402392:	6c05                	lui	s8,0x1
80402394:	842a                	mv	s0,a0
80402396:	4d01                	li	s10,0
80402398:	fffc0c93          	add	s9,s8,-1 # fff <_entry-0x803ff001>
8040239c:	cd19                	beqz	a0,804023ba <proc_spawn+0x268>
8040239e:	a8c5                	j	8040248e <proc_spawn+0x33c>
804023a0:	01b7f363          	bgeu	a5,s11,804023a6 <proc_spawn+0x254>
804023a4:	8dbe                	mv	s11,a5
804023a6:	ab5fe0ef          	jal	80400e5a <uvm_pa>
804023aa:	5582                	lw	a1,32(sp)
804023ac:	862a                	mv	a2,a0
804023ae:	86ee                	mv	a3,s11
804023b0:	95ea                	add	a1,a1,s10
804023b2:	0808                	add	a0,sp,16
804023b4:	3399                	jal	804020fa <image_read>
804023b6:	9d6e                	add	s10,s10,s11
804023b8:	e91d                	bnez	a0,804023ee <proc_spawn+0x29c>
804023ba:	5812                	lw	a6,36(sp)
804023bc:	56b2                	lw	a3,44(sp)
804023be:	4601                	li	a2,0
804023c0:	010d05b3          	add	a1,s10,a6
804023c4:	0195f7b3          	and	a5,a1,s9
804023c8:	855a                	mv	a0,s6
804023ca:	41a68db3          	sub	s11,a3,s10
804023ce:	40fc07b3          	sub	a5,s8,a5
804023d2:	fcdd67e3          	bltu	s10,a3,804023a0 <proc_spawn+0x24e>
804023d6:	57c2                	lw	a5,48(sp)
804023d8:	983e                	add	a6,a6,a5
804023da:	47b2                	lw	a5,12(sp)
804023dc:	eb07f9e3          	bgeu	a5,a6,8040228e <proc_spawn+0x13c>
804023e0:	c642                	sw	a6,12(sp)
804023e2:	ea0458e3          	bgez	s0,80402292 <proc_spawn+0x140>
804023e6:	bbcd                	j	804021d8 <proc_spawn+0x86>
804023e8:	f2d5                	bnez	a3,8040238c <proc_spawn+0x23a>
804023ea:	4689                	li	a3,2
804023ec:	b745                	j	8040238c <proc_spawn+0x23a>
804023ee:	5812                	lw	a6,36(sp)
804023f0:	842a                	mv	s0,a0
804023f2:	b7d5                	j	804023d6 <proc_spawn+0x284>
804023f4:	842a                	mv	s0,a0
804023f6:	0bff0ab7          	lui	s5,0xbff0
804023fa:	4b01                	li	s6,0
804023fc:	dc044ee3          	bltz	s0,804021d8 <proc_spawn+0x86>
80402400:	001b0693          	add	a3,s6,1
80402404:	002b1713          	sll	a4,s6,0x2
80402408:	0349a783          	lw	a5,52(s3)
8040240c:	068a                	sll	a3,a3,0x2
8040240e:	0810                	add	a2,sp,16
80402410:	0b070713          	add	a4,a4,176
80402414:	0249a503          	lw	a0,36(s3)
80402418:	9732                	add	a4,a4,a2
8040241a:	40da85b3          	sub	a1,s5,a3
8040241e:	f6072e23          	sw	zero,-132(a4)
80402422:	99c1                	and	a1,a1,-16
80402424:	0367a423          	sw	s6,40(a5)
80402428:	d7cc                	sw	a1,44(a5)
8040242a:	c78c                	sw	a1,8(a5)
8040242c:	1870                	add	a2,sp,60
8040242e:	b33fe0ef          	jal	80400f60 <copyout>
80402432:	842a                	mv	s0,a0
80402434:	4542                	lw	a0,16(sp)
80402436:	c119                	beqz	a0,8040243c <proc_spawn+0x2ea>
80402438:	7fb000ef          	jal	80403432 <iput>
8040243c:	da0442e3          	bltz	s0,804021e0 <proc_spawn+0x8e>
80402440:	0349a783          	lw	a5,52(s3)
80402444:	85a6                	mv	a1,s1
80402446:	0977a023          	sw	s7,128(a5)
8040244a:	0004c703          	lbu	a4,0(s1)
8040244e:	c31d                	beqz	a4,80402474 <proc_spawn+0x322>
80402450:	02f00693          	li	a3,47
80402454:	0014c783          	lbu	a5,1(s1)
80402458:	0485                	add	s1,s1,1
8040245a:	00d70963          	beq	a4,a3,8040246c <proc_spawn+0x31a>
8040245e:	cb99                	beqz	a5,80402474 <proc_spawn+0x322>
80402460:	873e                	mv	a4,a5
80402462:	0014c783          	lbu	a5,1(s1)
80402466:	0485                	add	s1,s1,1
80402468:	fed71be3          	bne	a4,a3,8040245e <proc_spawn+0x30c>
8040246c:	c781                	beqz	a5,80402474 <proc_spawn+0x322>
8040246e:	85a6                	mv	a1,s1
80402470:	873e                	mv	a4,a5
80402472:	bfc5                	j	80402462 <proc_spawn+0x310>
80402474:	4641                	li	a2,16
80402476:	00c98513          	add	a0,s3,12
8040247a:	f38ff0ef          	jal	80401bb2 <strlcpy_k>
8040247e:	4789                	li	a5,2
80402480:	0049a403          	lw	s0,4(s3)
80402484:	0149a423          	sw	s4,8(s3)
80402488:	00f9a023          	sw	a5,0(s3)
8040248c:	b39d                	j	804021f2 <proc_spawn+0xa0>
8040248e:	5812                	lw	a6,36(sp)
80402490:	b799                	j	804023d6 <proc_spawn+0x284>
80402492:	5479                	li	s0,-2
80402494:	bbb9                	j	804021f2 <proc_spawn+0xa0>
80402496:	4542                	lw	a0,16(sp)
80402498:	c119                	beqz	a0,8040249e <proc_spawn+0x34c>
8040249a:	799000ef          	jal	80403432 <iput>
8040249e:	5461                	li	s0,-8
804024a0:	b381                	j	804021e0 <proc_spawn+0x8e>
804024a2:	791000ef          	jal	80403432 <iput>
804024a6:	5429                	li	s0,-22
804024a8:	bb25                	j	804021e0 <proc_spawn+0x8e>

804024aa <program_find>:
804024aa:	1101                	add	sp,sp,-32
804024ac:	cc22                	sw	s0,24(sp)
804024ae:	80405437          	lui	s0,0x80405
804024b2:	ca26                	sw	s1,20(sp)
804024b4:	c84a                	sw	s2,16(sp)
804024b6:	c64e                	sw	s3,12(sp)
804024b8:	c452                	sw	s4,8(sp)
804024ba:	ce06                	sw	ra,28(sp)
804024bc:	5a040a13          	add	s4,s0,1440 # 804055a0 <programs>
804024c0:	892a                	mv	s2,a0
804024c2:	5a040413          	add	s0,s0,1440
804024c6:	4481                	li	s1,0
804024c8:	4999                	li	s3,6
804024ca:	4008                	lw	a0,0(s0)
804024cc:	85ca                	mv	a1,s2
804024ce:	0431                	add	s0,s0,12
804024d0:	eb4ff0ef          	jal	80401b84 <strcmp>
804024d4:	cd09                	beqz	a0,804024ee <program_find+0x44>
804024d6:	0485                	add	s1,s1,1
804024d8:	ff3499e3          	bne	s1,s3,804024ca <program_find+0x20>
804024dc:	40f2                	lw	ra,28(sp)
804024de:	4462                	lw	s0,24(sp)
804024e0:	44d2                	lw	s1,20(sp)
804024e2:	4942                	lw	s2,16(sp)
804024e4:	49b2                	lw	s3,12(sp)
804024e6:	4a22                	lw	s4,8(sp)
804024e8:	4501                	li	a0,0
804024ea:	6105                	add	sp,sp,32
804024ec:	8082                	ret
804024ee:	40f2                	lw	ra,28(sp)
804024f0:	4462                	lw	s0,24(sp)
804024f2:	00149793          	sll	a5,s1,0x1
804024f6:	97a6                	add	a5,a5,s1
804024f8:	078a                	sll	a5,a5,0x2
804024fa:	44d2                	lw	s1,20(sp)
804024fc:	4942                	lw	s2,16(sp)
804024fe:	49b2                	lw	s3,12(sp)
80402500:	00fa0533          	add	a0,s4,a5
80402504:	4a22                	lw	s4,8(sp)
80402506:	6105                	add	sp,sp,32
80402508:	8082                	ret

8040250a <program_at>:
8040250a:	4795                	li	a5,5
8040250c:	00a7ec63          	bltu	a5,a0,80402524 <program_at+0x1a>
80402510:	00151793          	sll	a5,a0,0x1
80402514:	953e                	add	a0,a0,a5
80402516:	804057b7          	lui	a5,0x80405
8040251a:	5a078793          	add	a5,a5,1440 # 804055a0 <programs>
8040251e:	050a                	sll	a0,a0,0x2
80402520:	953e                	add	a0,a0,a5
80402522:	8082                	ret
80402524:	4501                	li	a0,0
80402526:	8082                	ret

80402528 <syscall>:
80402528:	1141                	add	sp,sp,-16
8040252a:	c422                	sw	s0,8(sp)
8040252c:	c606                	sw	ra,12(sp)
8040252e:	efeff0ef          	jal	80401c2c <myproc>
80402532:	5940                	lw	s0,52(a0)
80402534:	4739                	li	a4,14
80402536:	fda00513          	li	a0,-38
8040253a:	407c                	lw	a5,68(s0)
8040253c:	fff78693          	add	a3,a5,-1
80402540:	00d76b63          	bltu	a4,a3,80402556 <syscall+0x2e>
80402544:	80427737          	lui	a4,0x80427
80402548:	078a                	sll	a5,a5,0x2
8040254a:	9a070713          	add	a4,a4,-1632 # 804269a0 <syscalls>
8040254e:	97ba                	add	a5,a5,a4
80402550:	439c                	lw	a5,0(a5)
80402552:	c391                	beqz	a5,80402556 <syscall+0x2e>
80402554:	9782                	jalr	a5
80402556:	40b2                	lw	ra,12(sp)
80402558:	d408                	sw	a0,40(s0)
8040255a:	4422                	lw	s0,8(sp)
8040255c:	0141                	add	sp,sp,16
8040255e:	8082                	ret

80402560 <arg_raw>:
80402560:	7179                	add	sp,sp,-48
80402562:	d422                	sw	s0,40(sp)
80402564:	d606                	sw	ra,44(sp)
80402566:	842a                	mv	s0,a0
80402568:	ec4ff0ef          	jal	80401c2c <myproc>
8040256c:	595c                	lw	a5,52(a0)
8040256e:	4715                	li	a4,5
80402570:	5b88                	lw	a0,48(a5)
80402572:	02c7a803          	lw	a6,44(a5)
80402576:	5bcc                	lw	a1,52(a5)
80402578:	5f90                	lw	a2,56(a5)
8040257a:	5fd4                	lw	a3,60(a5)
8040257c:	579c                	lw	a5,40(a5)
8040257e:	c82a                	sw	a0,16(sp)
80402580:	c642                	sw	a6,12(sp)
80402582:	c43e                	sw	a5,8(sp)
80402584:	ca2e                	sw	a1,20(sp)
80402586:	cc32                	sw	a2,24(sp)
80402588:	ce36                	sw	a3,28(sp)
8040258a:	4501                	li	a0,0
8040258c:	00876963          	bltu	a4,s0,8040259e <arg_raw+0x3e>
80402590:	040a                	sll	s0,s0,0x2
80402592:	02040793          	add	a5,s0,32
80402596:	00278433          	add	s0,a5,sp
8040259a:	fe842503          	lw	a0,-24(s0)
8040259e:	50b2                	lw	ra,44(sp)
804025a0:	5422                	lw	s0,40(sp)
804025a2:	6145                	add	sp,sp,48
804025a4:	8082                	ret

804025a6 <arg_str>:
804025a6:	1101                	add	sp,sp,-32
804025a8:	ce06                	sw	ra,28(sp)
804025aa:	cc22                	sw	s0,24(sp)
804025ac:	ca26                	sw	s1,20(sp)
804025ae:	c84a                	sw	s2,16(sp)
804025b0:	c64e                	sw	s3,12(sp)
804025b2:	84b2                	mv	s1,a2
804025b4:	842e                	mv	s0,a1
804025b6:	892a                	mv	s2,a0
804025b8:	e74ff0ef          	jal	80401c2c <myproc>
804025bc:	02452983          	lw	s3,36(a0)
804025c0:	854a                	mv	a0,s2
804025c2:	3f79                	jal	80402560 <arg_raw>
804025c4:	85a2                	mv	a1,s0
804025c6:	4462                	lw	s0,24(sp)
804025c8:	40f2                	lw	ra,28(sp)
804025ca:	4942                	lw	s2,16(sp)
804025cc:	862a                	mv	a2,a0
804025ce:	86a6                	mv	a3,s1
804025d0:	854e                	mv	a0,s3
804025d2:	44d2                	lw	s1,20(sp)
804025d4:	49b2                	lw	s3,12(sp)
804025d6:	6105                	add	sp,sp,32
804025d8:	a3ffe06f          	j	80401016 <copyinstr>

804025dc <sys_exit>:
804025dc:	1141                	add	sp,sp,-16
804025de:	4501                	li	a0,0
804025e0:	c606                	sw	ra,12(sp)
804025e2:	3fbd                	jal	80402560 <arg_raw>
804025e4:	0ff57513          	zext.b	a0,a0
804025e8:	919ff0ef          	jal	80401f00 <proc_exit>

804025ec <sys_getpid>:
804025ec:	1141                	add	sp,sp,-16
804025ee:	c606                	sw	ra,12(sp)
804025f0:	e3cff0ef          	jal	80401c2c <myproc>
804025f4:	40b2                	lw	ra,12(sp)
804025f6:	4148                	lw	a0,4(a0)
804025f8:	0141                	add	sp,sp,16
804025fa:	8082                	ret

804025fc <sys_yield>:
804025fc:	1141                	add	sp,sp,-16
804025fe:	c606                	sw	ra,12(sp)
80402600:	833ff0ef          	jal	80401e32 <yield>
80402604:	40b2                	lw	ra,12(sp)
80402606:	4501                	li	a0,0
80402608:	0141                	add	sp,sp,16
8040260a:	8082                	ret

8040260c <sys_sleep>:
8040260c:	1141                	add	sp,sp,-16
8040260e:	4501                	li	a0,0
80402610:	c606                	sw	ra,12(sp)
80402612:	37b9                	jal	80402560 <arg_raw>
80402614:	f85fe0ef          	jal	80401598 <timer_sleep_ms>
80402618:	40b2                	lw	ra,12(sp)
8040261a:	4501                	li	a0,0
8040261c:	0141                	add	sp,sp,16
8040261e:	8082                	ret

80402620 <sys_uptime>:
80402620:	f39fe06f          	j	80401558 <uptime_ms>

80402624 <sys_sbrk>:
80402624:	1101                	add	sp,sp,-32
80402626:	ce06                	sw	ra,28(sp)
80402628:	cc22                	sw	s0,24(sp)
8040262a:	c64e                	sw	s3,12(sp)
8040262c:	c452                	sw	s4,8(sp)
8040262e:	ca26                	sw	s1,20(sp)
80402630:	c84a                	sw	s2,16(sp)
80402632:	dfaff0ef          	jal	80401c2c <myproc>
80402636:	8a2a                	mv	s4,a0
80402638:	4501                	li	a0,0
8040263a:	371d                	jal	80402560 <arg_raw>
8040263c:	842a                	mv	s0,a0
8040263e:	02ca2983          	lw	s3,44(s4)
80402642:	04a05163          	blez	a0,80402684 <sys_sbrk+0x60>
80402646:	6785                	lui	a5,0x1
80402648:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
8040264a:	0bfdf737          	lui	a4,0xbfdf
8040264e:	00f98933          	add	s2,s3,a5
80402652:	76fd                	lui	a3,0xfffff
80402654:	41370733          	sub	a4,a4,s3
80402658:	00d97933          	and	s2,s2,a3
8040265c:	06a76d63          	bltu	a4,a0,804026d6 <sys_sbrk+0xb2>
80402660:	00f50633          	add	a2,a0,a5
80402664:	964e                	add	a2,a2,s3
80402666:	8e75                	and	a2,a2,a3
80402668:	04c96663          	bltu	s2,a2,804026b4 <sys_sbrk+0x90>
8040266c:	944e                	add	s0,s0,s3
8040266e:	028a2623          	sw	s0,44(s4)
80402672:	854e                	mv	a0,s3
80402674:	40f2                	lw	ra,28(sp)
80402676:	4462                	lw	s0,24(sp)
80402678:	44d2                	lw	s1,20(sp)
8040267a:	4942                	lw	s2,16(sp)
8040267c:	49b2                	lw	s3,12(sp)
8040267e:	4a22                	lw	s4,8(sp)
80402680:	6105                	add	sp,sp,32
80402682:	8082                	ret
80402684:	d565                	beqz	a0,8040266c <sys_sbrk+0x48>
80402686:	028a2703          	lw	a4,40(s4)
8040268a:	40a007b3          	neg	a5,a0
8040268e:	40e98733          	sub	a4,s3,a4
80402692:	04f76463          	bltu	a4,a5,804026da <sys_sbrk+0xb6>
80402696:	6605                	lui	a2,0x1
80402698:	167d                	add	a2,a2,-1 # fff <_entry-0x803ff001>
8040269a:	00c505b3          	add	a1,a0,a2
8040269e:	77fd                	lui	a5,0xfffff
804026a0:	95ce                	add	a1,a1,s3
804026a2:	964e                	add	a2,a2,s3
804026a4:	024a2503          	lw	a0,36(s4)
804026a8:	8dfd                	and	a1,a1,a5
804026aa:	8e7d                	and	a2,a2,a5
804026ac:	8e0d                	sub	a2,a2,a1
804026ae:	f16fe0ef          	jal	80400dc4 <uvm_dealloc>
804026b2:	bf6d                	j	8040266c <sys_sbrk+0x48>
804026b4:	024a2503          	lw	a0,36(s4)
804026b8:	412604b3          	sub	s1,a2,s2
804026bc:	4699                	li	a3,6
804026be:	8626                	mv	a2,s1
804026c0:	85ca                	mv	a1,s2
804026c2:	e3efe0ef          	jal	80400d00 <uvm_alloc>
804026c6:	fa0553e3          	bgez	a0,8040266c <sys_sbrk+0x48>
804026ca:	024a2503          	lw	a0,36(s4)
804026ce:	8626                	mv	a2,s1
804026d0:	85ca                	mv	a1,s2
804026d2:	ef2fe0ef          	jal	80400dc4 <uvm_dealloc>
804026d6:	5551                	li	a0,-12
804026d8:	bf71                	j	80402674 <sys_sbrk+0x50>
804026da:	5529                	li	a0,-22
804026dc:	bf61                	j	80402674 <sys_sbrk+0x50>

804026de <sys_spawn>:
804026de:	7129                	add	sp,sp,-320
804026e0:	08000613          	li	a2,128
804026e4:	006c                	add	a1,sp,12
804026e6:	4501                	li	a0,0
804026e8:	12812c23          	sw	s0,312(sp)
804026ec:	12112e23          	sw	ra,316(sp)
804026f0:	12912a23          	sw	s1,308(sp)
804026f4:	13212823          	sw	s2,304(sp)
804026f8:	13312623          	sw	s3,300(sp)
804026fc:	13412423          	sw	s4,296(sp)
80402700:	13512223          	sw	s5,292(sp)
80402704:	13612023          	sw	s6,288(sp)
80402708:	11712e23          	sw	s7,284(sp)
8040270c:	11812c23          	sw	s8,280(sp)
80402710:	3d59                	jal	804025a6 <arg_str>
80402712:	842a                	mv	s0,a0
80402714:	02054763          	bltz	a0,80402742 <sys_spawn+0x64>
80402718:	af6fe0ef          	jal	80400a0e <kalloc>
8040271c:	8a2a                	mv	s4,a0
8040271e:	c961                	beqz	a0,804027ee <sys_spawn+0x110>
80402720:	4505                	li	a0,1
80402722:	3d3d                	jal	80402560 <arg_raw>
80402724:	e531                	bnez	a0,80402770 <sys_spawn+0x92>
80402726:	007c                	add	a5,sp,12
80402728:	c73e                	sw	a5,140(sp)
8040272a:	c902                	sw	zero,144(sp)
8040272c:	d00ff0ef          	jal	80401c2c <myproc>
80402730:	862a                	mv	a2,a0
80402732:	016c                	add	a1,sp,140
80402734:	0068                	add	a0,sp,12
80402736:	a1dff0ef          	jal	80402152 <proc_spawn>
8040273a:	842a                	mv	s0,a0
8040273c:	8552                	mv	a0,s4
8040273e:	afafe0ef          	jal	80400a38 <kfree>
80402742:	13c12083          	lw	ra,316(sp)
80402746:	8522                	mv	a0,s0
80402748:	13812403          	lw	s0,312(sp)
8040274c:	13412483          	lw	s1,308(sp)
80402750:	13012903          	lw	s2,304(sp)
80402754:	12c12983          	lw	s3,300(sp)
80402758:	12812a03          	lw	s4,296(sp)
8040275c:	12412a83          	lw	s5,292(sp)
80402760:	12012b03          	lw	s6,288(sp)
80402764:	11c12b83          	lw	s7,284(sp)
80402768:	11812c03          	lw	s8,280(sp)
8040276c:	6131                	add	sp,sp,320
8040276e:	8082                	ret
80402770:	4505                	li	a0,1
80402772:	33fd                	jal	80402560 <arg_raw>
80402774:	8b2a                	mv	s6,a0
80402776:	cb6ff0ef          	jal	80401c2c <myproc>
8040277a:	02452a83          	lw	s5,36(a0)
8040277e:	4481                	li	s1,0
80402780:	4901                	li	s2,0
80402782:	08000c13          	li	s8,128
80402786:	6b85                	lui	s7,0x1
80402788:	a831                	j	804027a4 <sys_spawn+0xc6>
8040278a:	88dfe0ef          	jal	80401016 <copyinstr>
8040278e:	0491                	add	s1,s1,4
80402790:	0178                	add	a4,sp,140
80402792:	842a                	mv	s0,a0
80402794:	00150793          	add	a5,a0,1
80402798:	9726                	add	a4,a4,s1
8040279a:	04054463          	bltz	a0,804027e2 <sys_spawn+0x104>
8040279e:	ff372e23          	sw	s3,-4(a4) # bfdeffc <_entry-0x74421004>
804027a2:	993e                	add	s2,s2,a5
804027a4:	002c                	add	a1,sp,8
804027a6:	4691                	li	a3,4
804027a8:	009b0633          	add	a2,s6,s1
804027ac:	8556                	mv	a0,s5
804027ae:	efcfe0ef          	jal	80400eaa <copyin>
804027b2:	012a09b3          	add	s3,s4,s2
804027b6:	87aa                	mv	a5,a0
804027b8:	412b86b3          	sub	a3,s7,s2
804027bc:	85ce                	mv	a1,s3
804027be:	8556                	mv	a0,s5
804027c0:	0007c863          	bltz	a5,804027d0 <sys_spawn+0xf2>
804027c4:	4622                	lw	a2,8(sp)
804027c6:	c619                	beqz	a2,804027d4 <sys_spawn+0xf6>
804027c8:	fd8491e3          	bne	s1,s8,8040278a <sys_spawn+0xac>
804027cc:	5429                	li	s0,-22
804027ce:	b7bd                	j	8040273c <sys_spawn+0x5e>
804027d0:	5449                	li	s0,-14
804027d2:	b7ad                	j	8040273c <sys_spawn+0x5e>
804027d4:	11048793          	add	a5,s1,272
804027d8:	002784b3          	add	s1,a5,sp
804027dc:	f604ae23          	sw	zero,-132(s1)
804027e0:	b7b1                	j	8040272c <sys_spawn+0x4e>
804027e2:	fdc00793          	li	a5,-36
804027e6:	f4f51be3          	bne	a0,a5,8040273c <sys_spawn+0x5e>
804027ea:	5429                	li	s0,-22
804027ec:	bf81                	j	8040273c <sys_spawn+0x5e>
804027ee:	5451                	li	s0,-12
804027f0:	bf89                	j	80402742 <sys_spawn+0x64>

804027f2 <sys_wait>:
804027f2:	1141                	add	sp,sp,-16
804027f4:	4501                	li	a0,0
804027f6:	c606                	sw	ra,12(sp)
804027f8:	c422                	sw	s0,8(sp)
804027fa:	339d                	jal	80402560 <arg_raw>
804027fc:	842a                	mv	s0,a0
804027fe:	4505                	li	a0,1
80402800:	3385                	jal	80402560 <arg_raw>
80402802:	85aa                	mv	a1,a0
80402804:	8522                	mv	a0,s0
80402806:	4422                	lw	s0,8(sp)
80402808:	40b2                	lw	ra,12(sp)
8040280a:	0141                	add	sp,sp,16
8040280c:	fdaff06f          	j	80401fe6 <proc_wait>

80402810 <sys_read>:
80402810:	1141                	add	sp,sp,-16
80402812:	4501                	li	a0,0
80402814:	c606                	sw	ra,12(sp)
80402816:	c422                	sw	s0,8(sp)
80402818:	c226                	sw	s1,4(sp)
8040281a:	3399                	jal	80402560 <arg_raw>
8040281c:	47bd                	li	a5,15
8040281e:	02a7eb63          	bltu	a5,a0,80402854 <sys_read+0x44>
80402822:	842a                	mv	s0,a0
80402824:	0471                	add	s0,s0,28
80402826:	c06ff0ef          	jal	80401c2c <myproc>
8040282a:	040a                	sll	s0,s0,0x2
8040282c:	9522                	add	a0,a0,s0
8040282e:	4104                	lw	s1,0(a0)
80402830:	c095                	beqz	s1,80402854 <sys_read+0x44>
80402832:	4509                	li	a0,2
80402834:	3335                	jal	80402560 <arg_raw>
80402836:	02054563          	bltz	a0,80402860 <sys_read+0x50>
8040283a:	4505                	li	a0,1
8040283c:	3315                	jal	80402560 <arg_raw>
8040283e:	842a                	mv	s0,a0
80402840:	4509                	li	a0,2
80402842:	3b39                	jal	80402560 <arg_raw>
80402844:	85a2                	mv	a1,s0
80402846:	4422                	lw	s0,8(sp)
80402848:	40b2                	lw	ra,12(sp)
8040284a:	862a                	mv	a2,a0
8040284c:	8526                	mv	a0,s1
8040284e:	4492                	lw	s1,4(sp)
80402850:	0141                	add	sp,sp,16
80402852:	ace1                	j	80402b2a <file_read>
80402854:	555d                	li	a0,-9
80402856:	40b2                	lw	ra,12(sp)
80402858:	4422                	lw	s0,8(sp)
8040285a:	4492                	lw	s1,4(sp)
8040285c:	0141                	add	sp,sp,16
8040285e:	8082                	ret
80402860:	5529                	li	a0,-22
80402862:	bfd5                	j	80402856 <sys_read+0x46>

80402864 <sys_write>:
80402864:	1141                	add	sp,sp,-16
80402866:	4501                	li	a0,0
80402868:	c606                	sw	ra,12(sp)
8040286a:	c422                	sw	s0,8(sp)
8040286c:	c226                	sw	s1,4(sp)
8040286e:	39cd                	jal	80402560 <arg_raw>
80402870:	47bd                	li	a5,15
80402872:	02a7eb63          	bltu	a5,a0,804028a8 <sys_write+0x44>
80402876:	842a                	mv	s0,a0
80402878:	0471                	add	s0,s0,28
8040287a:	bb2ff0ef          	jal	80401c2c <myproc>
8040287e:	040a                	sll	s0,s0,0x2
80402880:	9522                	add	a0,a0,s0
80402882:	4104                	lw	s1,0(a0)
80402884:	c095                	beqz	s1,804028a8 <sys_write+0x44>
80402886:	4509                	li	a0,2
80402888:	39e1                	jal	80402560 <arg_raw>
8040288a:	02054563          	bltz	a0,804028b4 <sys_write+0x50>
8040288e:	4505                	li	a0,1
80402890:	39c1                	jal	80402560 <arg_raw>
80402892:	842a                	mv	s0,a0
80402894:	4509                	li	a0,2
80402896:	31e9                	jal	80402560 <arg_raw>
80402898:	85a2                	mv	a1,s0
8040289a:	4422                	lw	s0,8(sp)
8040289c:	40b2                	lw	ra,12(sp)
8040289e:	862a                	mv	a2,a0
804028a0:	8526                	mv	a0,s1
804028a2:	4492                	lw	s1,4(sp)
804028a4:	0141                	add	sp,sp,16
804028a6:	a4f1                	j	80402b72 <file_write>
804028a8:	555d                	li	a0,-9
804028aa:	40b2                	lw	ra,12(sp)
804028ac:	4422                	lw	s0,8(sp)
804028ae:	4492                	lw	s1,4(sp)
804028b0:	0141                	add	sp,sp,16
804028b2:	8082                	ret
804028b4:	5529                	li	a0,-22
804028b6:	bfd5                	j	804028aa <sys_write+0x46>

804028b8 <sys_open>:
804028b8:	7171                	add	sp,sp,-176
804028ba:	4505                	li	a0,1
804028bc:	d706                	sw	ra,172(sp)
804028be:	d522                	sw	s0,168(sp)
804028c0:	d326                	sw	s1,164(sp)
804028c2:	d14a                	sw	s2,160(sp)
804028c4:	cf4e                	sw	s3,156(sp)
804028c6:	3969                	jal	80402560 <arg_raw>
804028c8:	84aa                	mv	s1,a0
804028ca:	08000613          	li	a2,128
804028ce:	080c                	add	a1,sp,16
804028d0:	4501                	li	a0,0
804028d2:	39d1                	jal	804025a6 <arg_str>
804028d4:	842a                	mv	s0,a0
804028d6:	04054863          	bltz	a0,80402926 <sys_open+0x6e>
804028da:	0034f913          	and	s2,s1,3
804028de:	478d                	li	a5,3
804028e0:	5429                	li	s0,-22
804028e2:	04f90263          	beq	s2,a5,80402926 <sys_open+0x6e>
804028e6:	0070                	add	a2,sp,12
804028e8:	85a6                	mv	a1,s1
804028ea:	0808                	add	a0,sp,16
804028ec:	7af000ef          	jal	8040389a <fs_open>
804028f0:	842a                	mv	s0,a0
804028f2:	02054a63          	bltz	a0,80402926 <sys_open+0x6e>
804028f6:	2261                	jal	80402a7e <file_alloc>
804028f8:	89aa                	mv	s3,a0
804028fa:	c129                	beqz	a0,8040293c <sys_open+0x84>
804028fc:	4732                	lw	a4,12(sp)
804028fe:	fff90793          	add	a5,s2,-1
80402902:	80a9                	srl	s1,s1,0xa
80402904:	00f037b3          	snez	a5,a5
80402908:	4689                	li	a3,2
8040290a:	8885                	and	s1,s1,1
8040290c:	01203933          	snez	s2,s2
80402910:	c114                	sw	a3,0(a0)
80402912:	c958                	sw	a4,20(a0)
80402914:	c51c                	sw	a5,8(a0)
80402916:	01252623          	sw	s2,12(a0)
8040291a:	c904                	sw	s1,16(a0)
8040291c:	fb0ff0ef          	jal	804020cc <fd_alloc>
80402920:	842a                	mv	s0,a0
80402922:	00054a63          	bltz	a0,80402936 <sys_open+0x7e>
80402926:	50ba                	lw	ra,172(sp)
80402928:	8522                	mv	a0,s0
8040292a:	542a                	lw	s0,168(sp)
8040292c:	549a                	lw	s1,164(sp)
8040292e:	590a                	lw	s2,160(sp)
80402930:	49fa                	lw	s3,156(sp)
80402932:	614d                	add	sp,sp,176
80402934:	8082                	ret
80402936:	854e                	mv	a0,s3
80402938:	225d                	jal	80402ade <file_close>
8040293a:	b7f5                	j	80402926 <sys_open+0x6e>
8040293c:	4532                	lw	a0,12(sp)
8040293e:	5421                	li	s0,-24
80402940:	2f3000ef          	jal	80403432 <iput>
80402944:	b7cd                	j	80402926 <sys_open+0x6e>

80402946 <sys_close>:
80402946:	1141                	add	sp,sp,-16
80402948:	4501                	li	a0,0
8040294a:	c606                	sw	ra,12(sp)
8040294c:	c422                	sw	s0,8(sp)
8040294e:	c226                	sw	s1,4(sp)
80402950:	c11ff0ef          	jal	80402560 <arg_raw>
80402954:	47bd                	li	a5,15
80402956:	02a7e763          	bltu	a5,a0,80402984 <sys_close+0x3e>
8040295a:	842a                	mv	s0,a0
8040295c:	0471                	add	s0,s0,28
8040295e:	aceff0ef          	jal	80401c2c <myproc>
80402962:	040a                	sll	s0,s0,0x2
80402964:	9522                	add	a0,a0,s0
80402966:	4104                	lw	s1,0(a0)
80402968:	cc91                	beqz	s1,80402984 <sys_close+0x3e>
8040296a:	ac2ff0ef          	jal	80401c2c <myproc>
8040296e:	9522                	add	a0,a0,s0
80402970:	00052023          	sw	zero,0(a0)
80402974:	8526                	mv	a0,s1
80402976:	22a5                	jal	80402ade <file_close>
80402978:	40b2                	lw	ra,12(sp)
8040297a:	4422                	lw	s0,8(sp)
8040297c:	4492                	lw	s1,4(sp)
8040297e:	4501                	li	a0,0
80402980:	0141                	add	sp,sp,16
80402982:	8082                	ret
80402984:	40b2                	lw	ra,12(sp)
80402986:	4422                	lw	s0,8(sp)
80402988:	4492                	lw	s1,4(sp)
8040298a:	555d                	li	a0,-9
8040298c:	0141                	add	sp,sp,16
8040298e:	8082                	ret

80402990 <sys_lseek>:
80402990:	1141                	add	sp,sp,-16
80402992:	4501                	li	a0,0
80402994:	c606                	sw	ra,12(sp)
80402996:	c422                	sw	s0,8(sp)
80402998:	c226                	sw	s1,4(sp)
8040299a:	bc7ff0ef          	jal	80402560 <arg_raw>
8040299e:	47bd                	li	a5,15
804029a0:	02a7e963          	bltu	a5,a0,804029d2 <sys_lseek+0x42>
804029a4:	842a                	mv	s0,a0
804029a6:	0471                	add	s0,s0,28
804029a8:	a84ff0ef          	jal	80401c2c <myproc>
804029ac:	040a                	sll	s0,s0,0x2
804029ae:	9522                	add	a0,a0,s0
804029b0:	4104                	lw	s1,0(a0)
804029b2:	c085                	beqz	s1,804029d2 <sys_lseek+0x42>
804029b4:	4505                	li	a0,1
804029b6:	babff0ef          	jal	80402560 <arg_raw>
804029ba:	842a                	mv	s0,a0
804029bc:	4509                	li	a0,2
804029be:	ba3ff0ef          	jal	80402560 <arg_raw>
804029c2:	85a2                	mv	a1,s0
804029c4:	4422                	lw	s0,8(sp)
804029c6:	40b2                	lw	ra,12(sp)
804029c8:	862a                	mv	a2,a0
804029ca:	8526                	mv	a0,s1
804029cc:	4492                	lw	s1,4(sp)
804029ce:	0141                	add	sp,sp,16
804029d0:	aad5                	j	80402bc4 <file_seek>
804029d2:	40b2                	lw	ra,12(sp)
804029d4:	4422                	lw	s0,8(sp)
804029d6:	4492                	lw	s1,4(sp)
804029d8:	555d                	li	a0,-9
804029da:	0141                	add	sp,sp,16
804029dc:	8082                	ret

804029de <sys_unlink>:
804029de:	7175                	add	sp,sp,-144
804029e0:	08000613          	li	a2,128
804029e4:	858a                	mv	a1,sp
804029e6:	4501                	li	a0,0
804029e8:	c706                	sw	ra,140(sp)
804029ea:	bbdff0ef          	jal	804025a6 <arg_str>
804029ee:	00054563          	bltz	a0,804029f8 <sys_unlink+0x1a>
804029f2:	850a                	mv	a0,sp
804029f4:	00a010ef          	jal	804039fe <fs_unlink>
804029f8:	40ba                	lw	ra,140(sp)
804029fa:	6149                	add	sp,sp,144
804029fc:	8082                	ret

804029fe <sys_readdir>:
804029fe:	7179                	add	sp,sp,-48
80402a00:	4501                	li	a0,0
80402a02:	d606                	sw	ra,44(sp)
80402a04:	d422                	sw	s0,40(sp)
80402a06:	d226                	sw	s1,36(sp)
80402a08:	b59ff0ef          	jal	80402560 <arg_raw>
80402a0c:	860a                	mv	a2,sp
80402a0e:	004c                	add	a1,sp,4
80402a10:	084010ef          	jal	80403a94 <fs_readdir>
80402a14:	02054d63          	bltz	a0,80402a4e <sys_readdir+0x50>
80402a18:	0048                	add	a0,sp,4
80402a1a:	922ff0ef          	jal	80401b3c <strlen>
80402a1e:	842a                	mv	s0,a0
80402a20:	4509                	li	a0,2
80402a22:	0405                	add	s0,s0,1
80402a24:	b3dff0ef          	jal	80402560 <arg_raw>
80402a28:	04856163          	bltu	a0,s0,80402a6a <sys_readdir+0x6c>
80402a2c:	a00ff0ef          	jal	80401c2c <myproc>
80402a30:	5144                	lw	s1,36(a0)
80402a32:	4505                	li	a0,1
80402a34:	b2dff0ef          	jal	80402560 <arg_raw>
80402a38:	85aa                	mv	a1,a0
80402a3a:	86a2                	mv	a3,s0
80402a3c:	0050                	add	a2,sp,4
80402a3e:	8526                	mv	a0,s1
80402a40:	d20fe0ef          	jal	80400f60 <copyout>
80402a44:	02054663          	bltz	a0,80402a70 <sys_readdir+0x72>
80402a48:	4502                	lw	a0,0(sp)
80402a4a:	00054763          	bltz	a0,80402a58 <sys_readdir+0x5a>
80402a4e:	50b2                	lw	ra,44(sp)
80402a50:	5422                	lw	s0,40(sp)
80402a52:	5492                	lw	s1,36(sp)
80402a54:	6145                	add	sp,sp,48
80402a56:	8082                	ret
80402a58:	50b2                	lw	ra,44(sp)
80402a5a:	5422                	lw	s0,40(sp)
80402a5c:	80000537          	lui	a0,0x80000
80402a60:	5492                	lw	s1,36(sp)
80402a62:	fff54513          	not	a0,a0
80402a66:	6145                	add	sp,sp,48
80402a68:	8082                	ret
80402a6a:	fdc00513          	li	a0,-36
80402a6e:	b7c5                	j	80402a4e <sys_readdir+0x50>
80402a70:	5549                	li	a0,-14
80402a72:	bff1                	j	80402a4e <sys_readdir+0x50>

80402a74 <file_console>:
80402a74:	80427537          	lui	a0,0x80427
80402a78:	00050513          	mv	a0,a0
80402a7c:	8082                	ret

80402a7e <file_alloc>:
80402a7e:	1141                	add	sp,sp,-16
80402a80:	804ae7b7          	lui	a5,0x804ae
80402a84:	c606                	sw	ra,12(sp)
80402a86:	c422                	sw	s0,8(sp)
80402a88:	0c478793          	add	a5,a5,196 # 804ae0c4 <files+0x4>
80402a8c:	4701                	li	a4,0
80402a8e:	08000613          	li	a2,128
80402a92:	a021                	j	80402a9a <file_alloc+0x1c>
80402a94:	0705                	add	a4,a4,1
80402a96:	02c70a63          	beq	a4,a2,80402aca <file_alloc+0x4c>
80402a9a:	4394                	lw	a3,0(a5)
80402a9c:	07f1                	add	a5,a5,28
80402a9e:	fafd                	bnez	a3,80402a94 <file_alloc+0x16>
80402aa0:	00371413          	sll	s0,a4,0x3
80402aa4:	8c19                	sub	s0,s0,a4
80402aa6:	804ae7b7          	lui	a5,0x804ae
80402aaa:	0c078793          	add	a5,a5,192 # 804ae0c0 <files>
80402aae:	040a                	sll	s0,s0,0x2
80402ab0:	943e                	add	s0,s0,a5
80402ab2:	8522                	mv	a0,s0
80402ab4:	4671                	li	a2,28
80402ab6:	4581                	li	a1,0
80402ab8:	fe3fe0ef          	jal	80401a9a <memset>
80402abc:	4785                	li	a5,1
80402abe:	40b2                	lw	ra,12(sp)
80402ac0:	c05c                	sw	a5,4(s0)
80402ac2:	8522                	mv	a0,s0
80402ac4:	4422                	lw	s0,8(sp)
80402ac6:	0141                	add	sp,sp,16
80402ac8:	8082                	ret
80402aca:	4401                	li	s0,0
80402acc:	40b2                	lw	ra,12(sp)
80402ace:	8522                	mv	a0,s0
80402ad0:	4422                	lw	s0,8(sp)
80402ad2:	0141                	add	sp,sp,16
80402ad4:	8082                	ret

80402ad6 <file_dup>:
80402ad6:	4158                	lw	a4,4(a0)
80402ad8:	0705                	add	a4,a4,1
80402ada:	c158                	sw	a4,4(a0)
80402adc:	8082                	ret

80402ade <file_close>:
80402ade:	415c                	lw	a5,4(a0)
80402ae0:	1141                	add	sp,sp,-16
80402ae2:	c606                	sw	ra,12(sp)
80402ae4:	c422                	sw	s0,8(sp)
80402ae6:	02f05c63          	blez	a5,80402b1e <file_close+0x40>
80402aea:	17fd                	add	a5,a5,-1
80402aec:	c15c                	sw	a5,4(a0)
80402aee:	842a                	mv	s0,a0
80402af0:	ef89                	bnez	a5,80402b0a <file_close+0x2c>
80402af2:	804277b7          	lui	a5,0x80427
80402af6:	00078793          	mv	a5,a5
80402afa:	00f50863          	beq	a0,a5,80402b0a <file_close+0x2c>
80402afe:	4118                	lw	a4,0(a0)
80402b00:	4789                	li	a5,2
80402b02:	00f70863          	beq	a4,a5,80402b12 <file_close+0x34>
80402b06:	00042023          	sw	zero,0(s0)
80402b0a:	40b2                	lw	ra,12(sp)
80402b0c:	4422                	lw	s0,8(sp)
80402b0e:	0141                	add	sp,sp,16
80402b10:	8082                	ret
80402b12:	4948                	lw	a0,20(a0)
80402b14:	11f000ef          	jal	80403432 <iput>
80402b18:	1ac010ef          	jal	80403cc4 <bio_flush>
80402b1c:	b7ed                	j	80402b06 <file_close+0x28>
80402b1e:	80427537          	lui	a0,0x80427
80402b22:	9e050513          	add	a0,a0,-1568 # 804269e0 <syscalls+0x40>
80402b26:	f3ffe0ef          	jal	80401a64 <panic>

80402b2a <file_read>:
80402b2a:	4514                	lw	a3,8(a0)
80402b2c:	c2a9                	beqz	a3,80402b6e <file_read+0x44>
80402b2e:	8732                	mv	a4,a2
80402b30:	4110                	lw	a2,0(a0)
80402b32:	1141                	add	sp,sp,-16
80402b34:	c422                	sw	s0,8(sp)
80402b36:	c606                	sw	ra,12(sp)
80402b38:	4685                	li	a3,1
80402b3a:	842a                	mv	s0,a0
80402b3c:	87ae                	mv	a5,a1
80402b3e:	02d60163          	beq	a2,a3,80402b60 <file_read+0x36>
80402b42:	4d14                	lw	a3,24(a0)
80402b44:	4948                	lw	a0,20(a0)
80402b46:	862e                	mv	a2,a1
80402b48:	4585                	li	a1,1
80402b4a:	233000ef          	jal	8040357c <readi>
80402b4e:	00a05563          	blez	a0,80402b58 <file_read+0x2e>
80402b52:	4c1c                	lw	a5,24(s0)
80402b54:	97aa                	add	a5,a5,a0
80402b56:	cc1c                	sw	a5,24(s0)
80402b58:	40b2                	lw	ra,12(sp)
80402b5a:	4422                	lw	s0,8(sp)
80402b5c:	0141                	add	sp,sp,16
80402b5e:	8082                	ret
80402b60:	4422                	lw	s0,8(sp)
80402b62:	40b2                	lw	ra,12(sp)
80402b64:	85ba                	mv	a1,a4
80402b66:	853e                	mv	a0,a5
80402b68:	0141                	add	sp,sp,16
80402b6a:	bebfe06f          	j	80401754 <console_read>
80402b6e:	555d                	li	a0,-9
80402b70:	8082                	ret

80402b72 <file_write>:
80402b72:	4554                	lw	a3,12(a0)
80402b74:	c6b1                	beqz	a3,80402bc0 <file_write+0x4e>
80402b76:	8732                	mv	a4,a2
80402b78:	4110                	lw	a2,0(a0)
80402b7a:	1141                	add	sp,sp,-16
80402b7c:	c422                	sw	s0,8(sp)
80402b7e:	c606                	sw	ra,12(sp)
80402b80:	4685                	li	a3,1
80402b82:	842a                	mv	s0,a0
80402b84:	87ae                	mv	a5,a1
80402b86:	02d60663          	beq	a2,a3,80402bb2 <file_write+0x40>
80402b8a:	4914                	lw	a3,16(a0)
80402b8c:	4948                	lw	a0,20(a0)
80402b8e:	ee99                	bnez	a3,80402bac <file_write+0x3a>
80402b90:	4c14                	lw	a3,24(s0)
80402b92:	863e                	mv	a2,a5
80402b94:	4585                	li	a1,1
80402b96:	2b7000ef          	jal	8040364c <writei>
80402b9a:	00a05563          	blez	a0,80402ba4 <file_write+0x32>
80402b9e:	4c1c                	lw	a5,24(s0)
80402ba0:	97aa                	add	a5,a5,a0
80402ba2:	cc1c                	sw	a5,24(s0)
80402ba4:	40b2                	lw	ra,12(sp)
80402ba6:	4422                	lw	s0,8(sp)
80402ba8:	0141                	add	sp,sp,16
80402baa:	8082                	ret
80402bac:	4554                	lw	a3,12(a0)
80402bae:	cc14                	sw	a3,24(s0)
80402bb0:	b7cd                	j	80402b92 <file_write+0x20>
80402bb2:	4422                	lw	s0,8(sp)
80402bb4:	40b2                	lw	ra,12(sp)
80402bb6:	85ba                	mv	a1,a4
80402bb8:	853e                	mv	a0,a5
80402bba:	0141                	add	sp,sp,16
80402bbc:	c47fe06f          	j	80401802 <console_write>
80402bc0:	555d                	li	a0,-9
80402bc2:	8082                	ret

80402bc4 <file_seek>:
80402bc4:	411c                	lw	a5,0(a0)
80402bc6:	4709                	li	a4,2
80402bc8:	02e79963          	bne	a5,a4,80402bfa <file_seek+0x36>
80402bcc:	c21d                	beqz	a2,80402bf2 <file_seek+0x2e>
80402bce:	4705                	li	a4,1
80402bd0:	02e60363          	beq	a2,a4,80402bf6 <file_seek+0x32>
80402bd4:	02f61363          	bne	a2,a5,80402bfa <file_seek+0x36>
80402bd8:	495c                	lw	a5,20(a0)
80402bda:	47dc                	lw	a5,12(a5)
80402bdc:	97ae                	add	a5,a5,a1
80402bde:	00b7b733          	sltu	a4,a5,a1
80402be2:	81fd                	srl	a1,a1,0x1f
80402be4:	00e59b63          	bne	a1,a4,80402bfa <file_seek+0x36>
80402be8:	0007c963          	bltz	a5,80402bfa <file_seek+0x36>
80402bec:	cd1c                	sw	a5,24(a0)
80402bee:	853e                	mv	a0,a5
80402bf0:	8082                	ret
80402bf2:	4781                	li	a5,0
80402bf4:	b7e5                	j	80402bdc <file_seek+0x18>
80402bf6:	4d1c                	lw	a5,24(a0)
80402bf8:	b7d5                	j	80402bdc <file_seek+0x18>
80402bfa:	5529                	li	a0,-22
80402bfc:	8082                	ret

80402bfe <bfree>:
80402bfe:	804b17b7          	lui	a5,0x804b1
80402c02:	0c078793          	add	a5,a5,192 # 804b10c0 <sb>
80402c06:	5398                	lw	a4,32(a5)
80402c08:	1101                	add	sp,sp,-32
80402c0a:	c84a                	sw	s2,16(sp)
80402c0c:	ce06                	sw	ra,28(sp)
80402c0e:	cc22                	sw	s0,24(sp)
80402c10:	ca26                	sw	s1,20(sp)
80402c12:	c64e                	sw	s3,12(sp)
80402c14:	892a                	mv	s2,a0
80402c16:	04e56d63          	bltu	a0,a4,80402c70 <bfree+0x72>
80402c1a:	4798                	lw	a4,8(a5)
80402c1c:	04e57a63          	bgeu	a0,a4,80402c70 <bfree+0x72>
80402c20:	4b98                	lw	a4,16(a5)
80402c22:	4485                	li	s1,1
80402c24:	00757793          	and	a5,a0,7
80402c28:	813d                	srl	a0,a0,0xf
80402c2a:	00f494b3          	sll	s1,s1,a5
80402c2e:	953a                	add	a0,a0,a4
80402c30:	01191793          	sll	a5,s2,0x11
80402c34:	0147d413          	srl	s0,a5,0x14
80402c38:	7ef000ef          	jal	80403c26 <bread>
80402c3c:	008507b3          	add	a5,a0,s0
80402c40:	0187c703          	lbu	a4,24(a5)
80402c44:	0ff4f493          	zext.b	s1,s1
80402c48:	89aa                	mv	s3,a0
80402c4a:	009776b3          	and	a3,a4,s1
80402c4e:	ca85                	beqz	a3,80402c7e <bfree+0x80>
80402c50:	fff4c493          	not	s1,s1
80402c54:	8f65                	and	a4,a4,s1
80402c56:	00e78c23          	sb	a4,24(a5)
80402c5a:	02e010ef          	jal	80403c88 <bdirty>
80402c5e:	4462                	lw	s0,24(sp)
80402c60:	40f2                	lw	ra,28(sp)
80402c62:	44d2                	lw	s1,20(sp)
80402c64:	4942                	lw	s2,16(sp)
80402c66:	854e                	mv	a0,s3
80402c68:	49b2                	lw	s3,12(sp)
80402c6a:	6105                	add	sp,sp,32
80402c6c:	0220106f          	j	80403c8e <brelse>
80402c70:	80427537          	lui	a0,0x80427
80402c74:	85ca                	mv	a1,s2
80402c76:	9f850513          	add	a0,a0,-1544 # 804269f8 <syscalls+0x58>
80402c7a:	debfe0ef          	jal	80401a64 <panic>
80402c7e:	80427537          	lui	a0,0x80427
80402c82:	85ca                	mv	a1,s2
80402c84:	a2050513          	add	a0,a0,-1504 # 80426a20 <syscalls+0x80>
80402c88:	dddfe0ef          	jal	80401a64 <panic>

80402c8c <trim_indirect>:
80402c8c:	7179                	add	sp,sp,-48
80402c8e:	ce4e                	sw	s3,28(sp)
80402c90:	cc52                	sw	s4,24(sp)
80402c92:	c85a                	sw	s6,16(sp)
80402c94:	c65e                	sw	s7,12(sp)
80402c96:	c266                	sw	s9,4(sp)
80402c98:	d606                	sw	ra,44(sp)
80402c9a:	d422                	sw	s0,40(sp)
80402c9c:	d226                	sw	s1,36(sp)
80402c9e:	d04a                	sw	s2,32(sp)
80402ca0:	ca56                	sw	s5,20(sp)
80402ca2:	c462                	sw	s8,8(sp)
80402ca4:	c06a                	sw	s10,0(sp)
80402ca6:	4785                	li	a5,1
80402ca8:	8cb2                	mv	s9,a2
80402caa:	8baa                	mv	s7,a0
80402cac:	8b2e                	mv	s6,a1
80402cae:	89b6                	mv	s3,a3
80402cb0:	4a05                	li	s4,1
80402cb2:	00f60463          	beq	a2,a5,80402cba <trim_indirect+0x2e>
80402cb6:	40000a13          	li	s4,1024
80402cba:	855e                	mv	a0,s7
80402cbc:	6a85                	lui	s5,0x1
80402cbe:	769000ef          	jal	80403c26 <bread>
80402cc2:	0ae1                	add	s5,s5,24 # 1018 <_entry-0x803fefe8>
80402cc4:	8c2a                	mv	s8,a0
80402cc6:	01850413          	add	s0,a0,24
80402cca:	9aaa                	add	s5,s5,a0
80402ccc:	84da                	mv	s1,s6
80402cce:	4d05                	li	s10,1
80402cd0:	4008                	lw	a0,0(s0)
80402cd2:	009a0933          	add	s2,s4,s1
80402cd6:	cd01                	beqz	a0,80402cee <trim_indirect+0x62>
80402cd8:	0129fb63          	bgeu	s3,s2,80402cee <trim_indirect+0x62>
80402cdc:	86ce                	mv	a3,s3
80402cde:	fffc8613          	add	a2,s9,-1 # f401efff <kernel_end+0x73b2bfff>
80402ce2:	85a6                	mv	a1,s1
80402ce4:	03ac8c63          	beq	s9,s10,80402d1c <trim_indirect+0x90>
80402ce8:	3755                	jal	80402c8c <trim_indirect>
80402cea:	0334fc63          	bgeu	s1,s3,80402d22 <trim_indirect+0x96>
80402cee:	0411                	add	s0,s0,4
80402cf0:	84ca                	mv	s1,s2
80402cf2:	fd541fe3          	bne	s0,s5,80402cd0 <trim_indirect+0x44>
80402cf6:	8562                	mv	a0,s8
80402cf8:	797000ef          	jal	80403c8e <brelse>
80402cfc:	033b7963          	bgeu	s6,s3,80402d2e <trim_indirect+0xa2>
80402d00:	50b2                	lw	ra,44(sp)
80402d02:	5422                	lw	s0,40(sp)
80402d04:	5492                	lw	s1,36(sp)
80402d06:	5902                	lw	s2,32(sp)
80402d08:	49f2                	lw	s3,28(sp)
80402d0a:	4a62                	lw	s4,24(sp)
80402d0c:	4ad2                	lw	s5,20(sp)
80402d0e:	4b42                	lw	s6,16(sp)
80402d10:	4bb2                	lw	s7,12(sp)
80402d12:	4c22                	lw	s8,8(sp)
80402d14:	4c92                	lw	s9,4(sp)
80402d16:	4d02                	lw	s10,0(sp)
80402d18:	6145                	add	sp,sp,48
80402d1a:	8082                	ret
80402d1c:	35cd                	jal	80402bfe <bfree>
80402d1e:	fd34e8e3          	bltu	s1,s3,80402cee <trim_indirect+0x62>
80402d22:	00042023          	sw	zero,0(s0)
80402d26:	8562                	mv	a0,s8
80402d28:	761000ef          	jal	80403c88 <bdirty>
80402d2c:	b7c9                	j	80402cee <trim_indirect+0x62>
80402d2e:	5422                	lw	s0,40(sp)
80402d30:	50b2                	lw	ra,44(sp)
80402d32:	5492                	lw	s1,36(sp)
80402d34:	5902                	lw	s2,32(sp)
80402d36:	49f2                	lw	s3,28(sp)
80402d38:	4a62                	lw	s4,24(sp)
80402d3a:	4ad2                	lw	s5,20(sp)
80402d3c:	4b42                	lw	s6,16(sp)
80402d3e:	4c22                	lw	s8,8(sp)
80402d40:	4c92                	lw	s9,4(sp)
80402d42:	4d02                	lw	s10,0(sp)
80402d44:	855e                	mv	a0,s7
80402d46:	4bb2                	lw	s7,12(sp)
80402d48:	6145                	add	sp,sp,48
80402d4a:	bd55                	j	80402bfe <bfree>

80402d4c <iget.part.0>:
80402d4c:	1141                	add	sp,sp,-16
80402d4e:	804b07b7          	lui	a5,0x804b0
80402d52:	c422                	sw	s0,8(sp)
80402d54:	c226                	sw	s1,4(sp)
80402d56:	c606                	sw	ra,12(sp)
80402d58:	84aa                	mv	s1,a0
80402d5a:	4401                	li	s0,0
80402d5c:	ec078513          	add	a0,a5,-320 # 804afec0 <inodes>
80402d60:	4701                	li	a4,0
80402d62:	ec078793          	add	a5,a5,-320
80402d66:	04000593          	li	a1,64
80402d6a:	a809                	j	80402d7c <iget.part.0+0x30>
80402d6c:	4390                	lw	a2,0(a5)
80402d6e:	08960263          	beq	a2,s1,80402df2 <iget.part.0+0xa6>
80402d72:	0705                	add	a4,a4,1
80402d74:	04878793          	add	a5,a5,72
80402d78:	00b70d63          	beq	a4,a1,80402d92 <iget.part.0+0x46>
80402d7c:	43d4                	lw	a3,4(a5)
80402d7e:	fed047e3          	bgtz	a3,80402d6c <iget.part.0+0x20>
80402d82:	f865                	bnez	s0,80402d72 <iget.part.0+0x26>
80402d84:	f6fd                	bnez	a3,80402d72 <iget.part.0+0x26>
80402d86:	0705                	add	a4,a4,1
80402d88:	843e                	mv	s0,a5
80402d8a:	04878793          	add	a5,a5,72
80402d8e:	feb717e3          	bne	a4,a1,80402d7c <iget.part.0+0x30>
80402d92:	c43d                	beqz	s0,80402e00 <iget.part.0+0xb4>
80402d94:	804b17b7          	lui	a5,0x804b1
80402d98:	0d87a783          	lw	a5,216(a5) # 804b10d8 <sb+0x18>
80402d9c:	0064d513          	srl	a0,s1,0x6
80402da0:	953e                	add	a0,a0,a5
80402da2:	685000ef          	jal	80403c26 <bread>
80402da6:	03f4f793          	and	a5,s1,63
80402daa:	00679693          	sll	a3,a5,0x6
80402dae:	96aa                	add	a3,a3,a0
80402db0:	01868793          	add	a5,a3,24 # fffff018 <kernel_end+0x7fb0c018>
80402db4:	00840713          	add	a4,s0,8
80402db8:	05868693          	add	a3,a3,88
80402dbc:	0007a883          	lw	a7,0(a5)
80402dc0:	0047a803          	lw	a6,4(a5)
80402dc4:	478c                	lw	a1,8(a5)
80402dc6:	47d0                	lw	a2,12(a5)
80402dc8:	01172023          	sw	a7,0(a4)
80402dcc:	01072223          	sw	a6,4(a4)
80402dd0:	c70c                	sw	a1,8(a4)
80402dd2:	c750                	sw	a2,12(a4)
80402dd4:	07c1                	add	a5,a5,16
80402dd6:	0741                	add	a4,a4,16
80402dd8:	fed792e3          	bne	a5,a3,80402dbc <iget.part.0+0x70>
80402ddc:	6b3000ef          	jal	80403c8e <brelse>
80402de0:	4785                	li	a5,1
80402de2:	c004                	sw	s1,0(s0)
80402de4:	40b2                	lw	ra,12(sp)
80402de6:	c05c                	sw	a5,4(s0)
80402de8:	8522                	mv	a0,s0
80402dea:	4422                	lw	s0,8(sp)
80402dec:	4492                	lw	s1,4(sp)
80402dee:	0141                	add	sp,sp,16
80402df0:	8082                	ret
80402df2:	00371413          	sll	s0,a4,0x3
80402df6:	943a                	add	s0,s0,a4
80402df8:	040e                	sll	s0,s0,0x3
80402dfa:	942a                	add	s0,s0,a0
80402dfc:	0685                	add	a3,a3,1
80402dfe:	c054                	sw	a3,4(s0)
80402e00:	40b2                	lw	ra,12(sp)
80402e02:	8522                	mv	a0,s0
80402e04:	4422                	lw	s0,8(sp)
80402e06:	4492                	lw	s1,4(sp)
80402e08:	0141                	add	sp,sp,16
80402e0a:	8082                	ret

80402e0c <balloc>:
80402e0c:	7179                	add	sp,sp,-48
80402e0e:	d04a                	sw	s2,32(sp)
80402e10:	804b1937          	lui	s2,0x804b1
80402e14:	0c090913          	add	s2,s2,192 # 804b10c0 <sb>
80402e18:	02092783          	lw	a5,32(s2)
80402e1c:	00892703          	lw	a4,8(s2)
80402e20:	ce4e                	sw	s3,28(sp)
80402e22:	d606                	sw	ra,44(sp)
80402e24:	d422                	sw	s0,40(sp)
80402e26:	d226                	sw	s1,36(sp)
80402e28:	cc52                	sw	s4,24(sp)
80402e2a:	ca56                	sw	s5,20(sp)
80402e2c:	c85a                	sw	s6,16(sp)
80402e2e:	c65e                	sw	s7,12(sp)
80402e30:	c462                	sw	s8,8(sp)
80402e32:	c266                	sw	s9,4(sp)
80402e34:	40f709b3          	sub	s3,a4,a5
80402e38:	08f70963          	beq	a4,a5,80402eca <balloc+0xbe>
80402e3c:	6a05                	lui	s4,0x1
80402e3e:	4c81                	li	s9,0
80402e40:	80427ab7          	lui	s5,0x80427
80402e44:	1a7d                	add	s4,s4,-1 # fff <_entry-0x803ff001>
80402e46:	4b05                	li	s6,1
80402e48:	a039                	j	80402e56 <balloc+0x4a>
80402e4a:	645000ef          	jal	80403c8e <brelse>
80402e4e:	07998e63          	beq	s3,s9,80402eca <balloc+0xbe>
80402e52:	02092783          	lw	a5,32(s2)
80402e56:	058aa403          	lw	s0,88(s5) # 80427058 <alloc_hint>
80402e5a:	01092703          	lw	a4,16(s2)
80402e5e:	9466                	add	s0,s0,s9
80402e60:	8c1d                	sub	s0,s0,a5
80402e62:	03347433          	remu	s0,s0,s3
80402e66:	0c85                	add	s9,s9,1
80402e68:	943e                	add	s0,s0,a5
80402e6a:	00f45513          	srl	a0,s0,0xf
80402e6e:	00345793          	srl	a5,s0,0x3
80402e72:	953a                	add	a0,a0,a4
80402e74:	0147f4b3          	and	s1,a5,s4
80402e78:	5af000ef          	jal	80403c26 <bread>
80402e7c:	009507b3          	add	a5,a0,s1
80402e80:	0187c703          	lbu	a4,24(a5)
80402e84:	00747b93          	and	s7,s0,7
80402e88:	017b1bb3          	sll	s7,s6,s7
80402e8c:	0ffbfb93          	zext.b	s7,s7
80402e90:	017776b3          	and	a3,a4,s7
80402e94:	8c2a                	mv	s8,a0
80402e96:	fad5                	bnez	a3,80402e4a <balloc+0x3e>
80402e98:	01776733          	or	a4,a4,s7
80402e9c:	00e78c23          	sb	a4,24(a5)
80402ea0:	5e9000ef          	jal	80403c88 <bdirty>
80402ea4:	8562                	mv	a0,s8
80402ea6:	5e9000ef          	jal	80403c8e <brelse>
80402eaa:	8522                	mv	a0,s0
80402eac:	5b7000ef          	jal	80403c62 <bclear>
80402eb0:	5df000ef          	jal	80403c8e <brelse>
80402eb4:	00892703          	lw	a4,8(s2)
80402eb8:	00140793          	add	a5,s0,1
80402ebc:	00e7e463          	bltu	a5,a4,80402ec4 <balloc+0xb8>
80402ec0:	02092783          	lw	a5,32(s2)
80402ec4:	04faac23          	sw	a5,88(s5)
80402ec8:	a011                	j	80402ecc <balloc+0xc0>
80402eca:	4401                	li	s0,0
80402ecc:	50b2                	lw	ra,44(sp)
80402ece:	8522                	mv	a0,s0
80402ed0:	5422                	lw	s0,40(sp)
80402ed2:	5492                	lw	s1,36(sp)
80402ed4:	5902                	lw	s2,32(sp)
80402ed6:	49f2                	lw	s3,28(sp)
80402ed8:	4a62                	lw	s4,24(sp)
80402eda:	4ad2                	lw	s5,20(sp)
80402edc:	4b42                	lw	s6,16(sp)
80402ede:	4bb2                	lw	s7,12(sp)
80402ee0:	4c22                	lw	s8,8(sp)
80402ee2:	4c92                	lw	s9,4(sp)
80402ee4:	6145                	add	sp,sp,48
80402ee6:	8082                	ret

80402ee8 <bmap>:
80402ee8:	1101                	add	sp,sp,-32
80402eea:	cc22                	sw	s0,24(sp)
80402eec:	ca26                	sw	s1,20(sp)
80402eee:	c84a                	sw	s2,16(sp)
80402ef0:	ce06                	sw	ra,28(sp)
80402ef2:	c64e                	sw	s3,12(sp)
80402ef4:	c452                	sw	s4,8(sp)
80402ef6:	47ad                	li	a5,11
80402ef8:	842e                	mv	s0,a1
80402efa:	84aa                	mv	s1,a0
80402efc:	8932                	mv	s2,a2
80402efe:	0cb7f163          	bgeu	a5,a1,80402fc0 <bmap+0xd8>
80402f02:	ff458993          	add	s3,a1,-12 # bfdfff4 <_entry-0x7442000c>
80402f06:	3ff00793          	li	a5,1023
80402f0a:	0f37f963          	bgeu	a5,s3,80402ffc <bmap+0x114>
80402f0e:	4168                	lw	a0,68(a0)
80402f10:	ed01                	bnez	a0,80402f28 <bmap+0x40>
80402f12:	ee1d                	bnez	a2,80402f50 <bmap+0x68>
80402f14:	4401                	li	s0,0
80402f16:	40f2                	lw	ra,28(sp)
80402f18:	8522                	mv	a0,s0
80402f1a:	4462                	lw	s0,24(sp)
80402f1c:	44d2                	lw	s1,20(sp)
80402f1e:	4942                	lw	s2,16(sp)
80402f20:	49b2                	lw	s3,12(sp)
80402f22:	4a22                	lw	s4,8(sp)
80402f24:	6105                	add	sp,sp,32
80402f26:	8082                	ret
80402f28:	4ff000ef          	jal	80403c26 <bread>
80402f2c:	bf440413          	add	s0,s0,-1036
80402f30:	00a45793          	srl	a5,s0,0xa
80402f34:	01850993          	add	s3,a0,24
80402f38:	078a                	sll	a5,a5,0x2
80402f3a:	99be                	add	s3,s3,a5
80402f3c:	0009aa03          	lw	s4,0(s3)
80402f40:	84aa                	mv	s1,a0
80402f42:	080a1a63          	bnez	s4,80402fd6 <bmap+0xee>
80402f46:	02091763          	bnez	s2,80402f74 <bmap+0x8c>
80402f4a:	545000ef          	jal	80403c8e <brelse>
80402f4e:	b7d9                	j	80402f14 <bmap+0x2c>
80402f50:	3d75                	jal	80402e0c <balloc>
80402f52:	c0e8                	sw	a0,68(s1)
80402f54:	d161                	beqz	a0,80402f14 <bmap+0x2c>
80402f56:	4d1000ef          	jal	80403c26 <bread>
80402f5a:	bf440413          	add	s0,s0,-1036
80402f5e:	00a45793          	srl	a5,s0,0xa
80402f62:	01850993          	add	s3,a0,24
80402f66:	078a                	sll	a5,a5,0x2
80402f68:	99be                	add	s3,s3,a5
80402f6a:	0009aa03          	lw	s4,0(s3)
80402f6e:	84aa                	mv	s1,a0
80402f70:	060a1363          	bnez	s4,80402fd6 <bmap+0xee>
80402f74:	3d61                	jal	80402e0c <balloc>
80402f76:	892a                	mv	s2,a0
80402f78:	8526                	mv	a0,s1
80402f7a:	fc0908e3          	beqz	s2,80402f4a <bmap+0x62>
80402f7e:	0129a023          	sw	s2,0(s3)
80402f82:	507000ef          	jal	80403c88 <bdirty>
80402f86:	8526                	mv	a0,s1
80402f88:	507000ef          	jal	80403c8e <brelse>
80402f8c:	854a                	mv	a0,s2
80402f8e:	499000ef          	jal	80403c26 <bread>
80402f92:	3ff47413          	and	s0,s0,1023
80402f96:	00241793          	sll	a5,s0,0x2
80402f9a:	01850993          	add	s3,a0,24
80402f9e:	99be                	add	s3,s3,a5
80402fa0:	0009a403          	lw	s0,0(s3)
80402fa4:	84aa                	mv	s1,a0
80402fa6:	e809                	bnez	s0,80402fb8 <bmap+0xd0>
80402fa8:	3595                	jal	80402e0c <balloc>
80402faa:	842a                	mv	s0,a0
80402fac:	c511                	beqz	a0,80402fb8 <bmap+0xd0>
80402fae:	00a9a023          	sw	a0,0(s3)
80402fb2:	8526                	mv	a0,s1
80402fb4:	4d5000ef          	jal	80403c88 <bdirty>
80402fb8:	8526                	mv	a0,s1
80402fba:	4d5000ef          	jal	80403c8e <brelse>
80402fbe:	bfa1                	j	80402f16 <bmap+0x2e>
80402fc0:	00259413          	sll	s0,a1,0x2
80402fc4:	008504b3          	add	s1,a0,s0
80402fc8:	4880                	lw	s0,16(s1)
80402fca:	f431                	bnez	s0,80402f16 <bmap+0x2e>
80402fcc:	d629                	beqz	a2,80402f16 <bmap+0x2e>
80402fce:	3d3d                	jal	80402e0c <balloc>
80402fd0:	842a                	mv	s0,a0
80402fd2:	c888                	sw	a0,16(s1)
80402fd4:	b789                	j	80402f16 <bmap+0x2e>
80402fd6:	8526                	mv	a0,s1
80402fd8:	4b7000ef          	jal	80403c8e <brelse>
80402fdc:	8552                	mv	a0,s4
80402fde:	449000ef          	jal	80403c26 <bread>
80402fe2:	3ff47413          	and	s0,s0,1023
80402fe6:	040a                	sll	s0,s0,0x2
80402fe8:	01850993          	add	s3,a0,24
80402fec:	99a2                	add	s3,s3,s0
80402fee:	0009a403          	lw	s0,0(s3)
80402ff2:	84aa                	mv	s1,a0
80402ff4:	f071                	bnez	s0,80402fb8 <bmap+0xd0>
80402ff6:	fc0901e3          	beqz	s2,80402fb8 <bmap+0xd0>
80402ffa:	b77d                	j	80402fa8 <bmap+0xc0>
80402ffc:	4128                	lw	a0,64(a0)
80402ffe:	cd11                	beqz	a0,8040301a <bmap+0x132>
80403000:	427000ef          	jal	80403c26 <bread>
80403004:	01850793          	add	a5,a0,24
80403008:	098a                	sll	s3,s3,0x2
8040300a:	99be                	add	s3,s3,a5
8040300c:	0009a403          	lw	s0,0(s3)
80403010:	84aa                	mv	s1,a0
80403012:	f05d                	bnez	s0,80402fb8 <bmap+0xd0>
80403014:	fa0902e3          	beqz	s2,80402fb8 <bmap+0xd0>
80403018:	bf41                	j	80402fa8 <bmap+0xc0>
8040301a:	ee060de3          	beqz	a2,80402f14 <bmap+0x2c>
8040301e:	33fd                	jal	80402e0c <balloc>
80403020:	c0a8                	sw	a0,64(s1)
80403022:	ee0509e3          	beqz	a0,80402f14 <bmap+0x2c>
80403026:	401000ef          	jal	80403c26 <bread>
8040302a:	01850793          	add	a5,a0,24
8040302e:	098a                	sll	s3,s3,0x2
80403030:	99be                	add	s3,s3,a5
80403032:	0009a403          	lw	s0,0(s3)
80403036:	84aa                	mv	s1,a0
80403038:	d825                	beqz	s0,80402fa8 <bmap+0xc0>
8040303a:	bfbd                	j	80402fb8 <bmap+0xd0>

8040303c <fs_init>:
8040303c:	1141                	add	sp,sp,-16
8040303e:	4501                	li	a0,0
80403040:	c606                	sw	ra,12(sp)
80403042:	c422                	sw	s0,8(sp)
80403044:	c226                	sw	s1,4(sp)
80403046:	804b1437          	lui	s0,0x804b1
8040304a:	3dd000ef          	jal	80403c26 <bread>
8040304e:	01850593          	add	a1,a0,24
80403052:	02400613          	li	a2,36
80403056:	84aa                	mv	s1,a0
80403058:	0c040513          	add	a0,s0,192 # 804b10c0 <sb>
8040305c:	a81fe0ef          	jal	80401adc <memcpy>
80403060:	8526                	mv	a0,s1
80403062:	42d000ef          	jal	80403c8e <brelse>
80403066:	59d000ef          	jal	80403e02 <disk_capacity>
8040306a:	0c040793          	add	a5,s0,192
8040306e:	4394                	lw	a3,0(a5)
80403070:	53466737          	lui	a4,0x53466
80403074:	84570713          	add	a4,a4,-1979 # 53465845 <_entry-0x2cf9a7bb>
80403078:	08e69463          	bne	a3,a4,80403100 <fs_init+0xc4>
8040307c:	43cc                	lw	a1,4(a5)
8040307e:	4705                	li	a4,1
80403080:	08e59063          	bne	a1,a4,80403100 <fs_init+0xc4>
80403084:	4790                	lw	a2,8(a5)
80403086:	810d                	srl	a0,a0,0x3
80403088:	06c56c63          	bltu	a0,a2,80403100 <fs_init+0xc4>
8040308c:	4b98                	lw	a4,16(a5)
8040308e:	cb2d                	beqz	a4,80403100 <fs_init+0xc4>
80403090:	4bc8                	lw	a0,20(a5)
80403092:	00f51693          	sll	a3,a0,0xf
80403096:	06c6e563          	bltu	a3,a2,80403100 <fs_init+0xc4>
8040309a:	4f94                	lw	a3,24(a5)
8040309c:	972a                	add	a4,a4,a0
8040309e:	06e6e163          	bltu	a3,a4,80403100 <fs_init+0xc4>
804030a2:	4fc8                	lw	a0,28(a5)
804030a4:	47d8                	lw	a4,12(a5)
804030a6:	00651813          	sll	a6,a0,0x6
804030aa:	04e86b63          	bltu	a6,a4,80403100 <fs_init+0xc4>
804030ae:	04e5f963          	bgeu	a1,a4,80403100 <fs_init+0xc4>
804030b2:	539c                	lw	a5,32(a5)
804030b4:	96aa                	add	a3,a3,a0
804030b6:	04d7e563          	bltu	a5,a3,80403100 <fs_init+0xc4>
804030ba:	04f66363          	bltu	a2,a5,80403100 <fs_init+0xc4>
804030be:	80427737          	lui	a4,0x80427
804030c2:	4505                	li	a0,1
804030c4:	04f72c23          	sw	a5,88(a4) # 80427058 <alloc_hint>
804030c8:	c85ff0ef          	jal	80402d4c <iget.part.0>
804030cc:	804277b7          	lui	a5,0x80427
804030d0:	04a7ae23          	sw	a0,92(a5) # 8042705c <root>
804030d4:	c105                	beqz	a0,804030f4 <fs_init+0xb8>
804030d6:	00855703          	lhu	a4,8(a0)
804030da:	4789                	li	a5,2
804030dc:	00f71c63          	bne	a4,a5,804030f4 <fs_init+0xb8>
804030e0:	40b2                	lw	ra,12(sp)
804030e2:	4422                	lw	s0,8(sp)
804030e4:	804277b7          	lui	a5,0x80427
804030e8:	4705                	li	a4,1
804030ea:	06e7a023          	sw	a4,96(a5) # 80427060 <mounted>
804030ee:	4492                	lw	s1,4(sp)
804030f0:	0141                	add	sp,sp,16
804030f2:	8082                	ret
804030f4:	80427537          	lui	a0,0x80427
804030f8:	a6c50513          	add	a0,a0,-1428 # 80426a6c <syscalls+0xcc>
804030fc:	969fe0ef          	jal	80401a64 <panic>
80403100:	80427537          	lui	a0,0x80427
80403104:	a4050513          	add	a0,a0,-1472 # 80426a40 <syscalls+0xa0>
80403108:	95dfe0ef          	jal	80401a64 <panic>

8040310c <fs_mounted>:
8040310c:	804277b7          	lui	a5,0x80427
80403110:	0607a503          	lw	a0,96(a5) # 80427060 <mounted>
80403114:	8082                	ret

80403116 <fs_root>:
80403116:	804277b7          	lui	a5,0x80427
8040311a:	05c7a503          	lw	a0,92(a5) # 8042705c <root>
8040311e:	8082                	ret

80403120 <iupdate>:
80403120:	1141                	add	sp,sp,-16
80403122:	c422                	sw	s0,8(sp)
80403124:	804b17b7          	lui	a5,0x804b1
80403128:	4100                	lw	s0,0(a0)
8040312a:	0d87a783          	lw	a5,216(a5) # 804b10d8 <sb+0x18>
8040312e:	c226                	sw	s1,4(sp)
80403130:	84aa                	mv	s1,a0
80403132:	00645513          	srl	a0,s0,0x6
80403136:	953e                	add	a0,a0,a5
80403138:	03f47413          	and	s0,s0,63
8040313c:	c04a                	sw	s2,0(sp)
8040313e:	c606                	sw	ra,12(sp)
80403140:	041a                	sll	s0,s0,0x6
80403142:	2e5000ef          	jal	80403c26 <bread>
80403146:	008507b3          	add	a5,a0,s0
8040314a:	00848713          	add	a4,s1,8
8040314e:	892a                	mv	s2,a0
80403150:	07e1                	add	a5,a5,24
80403152:	04848493          	add	s1,s1,72
80403156:	4308                	lw	a0,0(a4)
80403158:	434c                	lw	a1,4(a4)
8040315a:	4710                	lw	a2,8(a4)
8040315c:	4754                	lw	a3,12(a4)
8040315e:	c388                	sw	a0,0(a5)
80403160:	c3cc                	sw	a1,4(a5)
80403162:	c790                	sw	a2,8(a5)
80403164:	c7d4                	sw	a3,12(a5)
80403166:	0741                	add	a4,a4,16
80403168:	07c1                	add	a5,a5,16
8040316a:	fe9716e3          	bne	a4,s1,80403156 <iupdate+0x36>
8040316e:	854a                	mv	a0,s2
80403170:	319000ef          	jal	80403c88 <bdirty>
80403174:	4422                	lw	s0,8(sp)
80403176:	40b2                	lw	ra,12(sp)
80403178:	4492                	lw	s1,4(sp)
8040317a:	854a                	mv	a0,s2
8040317c:	4902                	lw	s2,0(sp)
8040317e:	0141                	add	sp,sp,16
80403180:	30f0006f          	j	80403c8e <brelse>

80403184 <trim_blocks>:
80403184:	7179                	add	sp,sp,-48
80403186:	d04a                	sw	s2,32(sp)
80403188:	cc52                	sw	s4,24(sp)
8040318a:	d606                	sw	ra,44(sp)
8040318c:	d422                	sw	s0,40(sp)
8040318e:	d226                	sw	s1,36(sp)
80403190:	ce4e                	sw	s3,28(sp)
80403192:	ca56                	sw	s5,20(sp)
80403194:	c85a                	sw	s6,16(sp)
80403196:	c65e                	sw	s7,12(sp)
80403198:	47ad                	li	a5,11
8040319a:	892e                	mv	s2,a1
8040319c:	8a2a                	mv	s4,a0
8040319e:	02b7e463          	bltu	a5,a1,804031c6 <trim_blocks+0x42>
804031a2:	00259413          	sll	s0,a1,0x2
804031a6:	942a                	add	s0,s0,a0
804031a8:	03050493          	add	s1,a0,48
804031ac:	a021                	j	804031b4 <trim_blocks+0x30>
804031ae:	0411                	add	s0,s0,4
804031b0:	00940b63          	beq	s0,s1,804031c6 <trim_blocks+0x42>
804031b4:	4808                	lw	a0,16(s0)
804031b6:	dd65                	beqz	a0,804031ae <trim_blocks+0x2a>
804031b8:	a47ff0ef          	jal	80402bfe <bfree>
804031bc:	0411                	add	s0,s0,4
804031be:	00042623          	sw	zero,12(s0)
804031c2:	fe9419e3          	bne	s0,s1,804031b4 <trim_blocks+0x30>
804031c6:	040a2b83          	lw	s7,64(s4)
804031ca:	020b9263          	bnez	s7,804031ee <trim_blocks+0x6a>
804031ce:	044a2b83          	lw	s7,68(s4)
804031d2:	060b9d63          	bnez	s7,8040324c <trim_blocks+0xc8>
804031d6:	5422                	lw	s0,40(sp)
804031d8:	50b2                	lw	ra,44(sp)
804031da:	5492                	lw	s1,36(sp)
804031dc:	5902                	lw	s2,32(sp)
804031de:	49f2                	lw	s3,28(sp)
804031e0:	4ad2                	lw	s5,20(sp)
804031e2:	4b42                	lw	s6,16(sp)
804031e4:	4bb2                	lw	s7,12(sp)
804031e6:	8552                	mv	a0,s4
804031e8:	4a62                	lw	s4,24(sp)
804031ea:	6145                	add	sp,sp,48
804031ec:	bf15                	j	80403120 <iupdate>
804031ee:	855e                	mv	a0,s7
804031f0:	237000ef          	jal	80403c26 <bread>
804031f4:	8b2a                	mv	s6,a0
804031f6:	01850493          	add	s1,a0,24
804031fa:	4431                	li	s0,12
804031fc:	40c00a93          	li	s5,1036
80403200:	a029                	j	8040320a <trim_blocks+0x86>
80403202:	0491                	add	s1,s1,4
80403204:	844e                	mv	s0,s3
80403206:	03598563          	beq	s3,s5,80403230 <trim_blocks+0xac>
8040320a:	4088                	lw	a0,0(s1)
8040320c:	00140993          	add	s3,s0,1
80403210:	d96d                	beqz	a0,80403202 <trim_blocks+0x7e>
80403212:	ff3978e3          	bgeu	s2,s3,80403202 <trim_blocks+0x7e>
80403216:	9e9ff0ef          	jal	80402bfe <bfree>
8040321a:	ff2464e3          	bltu	s0,s2,80403202 <trim_blocks+0x7e>
8040321e:	0004a023          	sw	zero,0(s1)
80403222:	855a                	mv	a0,s6
80403224:	265000ef          	jal	80403c88 <bdirty>
80403228:	0491                	add	s1,s1,4
8040322a:	844e                	mv	s0,s3
8040322c:	fd599fe3          	bne	s3,s5,8040320a <trim_blocks+0x86>
80403230:	855a                	mv	a0,s6
80403232:	25d000ef          	jal	80403c8e <brelse>
80403236:	47b1                	li	a5,12
80403238:	0727fc63          	bgeu	a5,s2,804032b0 <trim_blocks+0x12c>
8040323c:	040a2783          	lw	a5,64(s4)
80403240:	04fa2023          	sw	a5,64(s4)
80403244:	044a2b83          	lw	s7,68(s4)
80403248:	f80b87e3          	beqz	s7,804031d6 <trim_blocks+0x52>
8040324c:	855e                	mv	a0,s7
8040324e:	6a85                	lui	s5,0x1
80403250:	1d7000ef          	jal	80403c26 <bread>
80403254:	0ae1                	add	s5,s5,24 # 1018 <_entry-0x803fefe8>
80403256:	8b2a                	mv	s6,a0
80403258:	01850413          	add	s0,a0,24
8040325c:	9aaa                	add	s5,s5,a0
8040325e:	40c00493          	li	s1,1036
80403262:	a029                	j	8040326c <trim_blocks+0xe8>
80403264:	0411                	add	s0,s0,4
80403266:	84ce                	mv	s1,s3
80403268:	03540863          	beq	s0,s5,80403298 <trim_blocks+0x114>
8040326c:	4008                	lw	a0,0(s0)
8040326e:	40048993          	add	s3,s1,1024
80403272:	85a6                	mv	a1,s1
80403274:	86ca                	mv	a3,s2
80403276:	4605                	li	a2,1
80403278:	d575                	beqz	a0,80403264 <trim_blocks+0xe0>
8040327a:	ff3975e3          	bgeu	s2,s3,80403264 <trim_blocks+0xe0>
8040327e:	a0fff0ef          	jal	80402c8c <trim_indirect>
80403282:	ff24e1e3          	bltu	s1,s2,80403264 <trim_blocks+0xe0>
80403286:	00042023          	sw	zero,0(s0)
8040328a:	855a                	mv	a0,s6
8040328c:	0411                	add	s0,s0,4
8040328e:	1fb000ef          	jal	80403c88 <bdirty>
80403292:	84ce                	mv	s1,s3
80403294:	fd541ce3          	bne	s0,s5,8040326c <trim_blocks+0xe8>
80403298:	855a                	mv	a0,s6
8040329a:	1f5000ef          	jal	80403c8e <brelse>
8040329e:	40c00793          	li	a5,1036
804032a2:	0127fe63          	bgeu	a5,s2,804032be <trim_blocks+0x13a>
804032a6:	044a2783          	lw	a5,68(s4)
804032aa:	04fa2223          	sw	a5,68(s4)
804032ae:	b725                	j	804031d6 <trim_blocks+0x52>
804032b0:	855e                	mv	a0,s7
804032b2:	94dff0ef          	jal	80402bfe <bfree>
804032b6:	4781                	li	a5,0
804032b8:	04fa2023          	sw	a5,64(s4)
804032bc:	b761                	j	80403244 <trim_blocks+0xc0>
804032be:	855e                	mv	a0,s7
804032c0:	93fff0ef          	jal	80402bfe <bfree>
804032c4:	4781                	li	a5,0
804032c6:	04fa2223          	sw	a5,68(s4)
804032ca:	b731                	j	804031d6 <trim_blocks+0x52>

804032cc <inum_valid>:
804032cc:	c901                	beqz	a0,804032dc <inum_valid+0x10>
804032ce:	804b17b7          	lui	a5,0x804b1
804032d2:	0cc7a783          	lw	a5,204(a5) # 804b10cc <sb+0xc>
804032d6:	00f53533          	sltu	a0,a0,a5
804032da:	8082                	ret
804032dc:	4501                	li	a0,0
804032de:	8082                	ret

804032e0 <iget>:
804032e0:	85aa                	mv	a1,a0
804032e2:	c909                	beqz	a0,804032f4 <iget+0x14>
804032e4:	804b17b7          	lui	a5,0x804b1
804032e8:	0cc7a783          	lw	a5,204(a5) # 804b10cc <sb+0xc>
804032ec:	00f57463          	bgeu	a0,a5,804032f4 <iget+0x14>
804032f0:	a5dff06f          	j	80402d4c <iget.part.0>
804032f4:	80427537          	lui	a0,0x80427
804032f8:	1141                	add	sp,sp,-16
804032fa:	a9450513          	add	a0,a0,-1388 # 80426a94 <syscalls+0xf4>
804032fe:	c606                	sw	ra,12(sp)
80403300:	f64fe0ef          	jal	80401a64 <panic>

80403304 <istat>:
80403304:	1141                	add	sp,sp,-16
80403306:	804b07b7          	lui	a5,0x804b0
8040330a:	c422                	sw	s0,8(sp)
8040330c:	c226                	sw	s1,4(sp)
8040330e:	c04a                	sw	s2,0(sp)
80403310:	84b2                	mv	s1,a2
80403312:	c606                	sw	ra,12(sp)
80403314:	ec078613          	add	a2,a5,-320 # 804afec0 <inodes>
80403318:	842a                	mv	s0,a0
8040331a:	892e                	mv	s2,a1
8040331c:	ec078793          	add	a5,a5,-320
80403320:	4701                	li	a4,0
80403322:	04000813          	li	a6,64
80403326:	a031                	j	80403332 <istat+0x2e>
80403328:	0705                	add	a4,a4,1
8040332a:	04878793          	add	a5,a5,72
8040332e:	03070963          	beq	a4,a6,80403360 <istat+0x5c>
80403332:	43d4                	lw	a3,4(a5)
80403334:	fed05ae3          	blez	a3,80403328 <istat+0x24>
80403338:	4394                	lw	a3,0(a5)
8040333a:	fe8697e3          	bne	a3,s0,80403328 <istat+0x24>
8040333e:	00371793          	sll	a5,a4,0x3
80403342:	97ba                	add	a5,a5,a4
80403344:	078e                	sll	a5,a5,0x3
80403346:	97b2                	add	a5,a5,a2
80403348:	0087d703          	lhu	a4,8(a5)
8040334c:	47dc                	lw	a5,12(a5)
8040334e:	40b2                	lw	ra,12(sp)
80403350:	4422                	lw	s0,8(sp)
80403352:	00e91023          	sh	a4,0(s2)
80403356:	c09c                	sw	a5,0(s1)
80403358:	4902                	lw	s2,0(sp)
8040335a:	4492                	lw	s1,4(sp)
8040335c:	0141                	add	sp,sp,16
8040335e:	8082                	ret
80403360:	804b17b7          	lui	a5,0x804b1
80403364:	0d87a783          	lw	a5,216(a5) # 804b10d8 <sb+0x18>
80403368:	00645513          	srl	a0,s0,0x6
8040336c:	03f47413          	and	s0,s0,63
80403370:	953e                	add	a0,a0,a5
80403372:	0b5000ef          	jal	80403c26 <bread>
80403376:	041a                	sll	s0,s0,0x6
80403378:	01850793          	add	a5,a0,24
8040337c:	97a2                	add	a5,a5,s0
8040337e:	0007d703          	lhu	a4,0(a5)
80403382:	43dc                	lw	a5,4(a5)
80403384:	4422                	lw	s0,8(sp)
80403386:	00e91023          	sh	a4,0(s2)
8040338a:	40b2                	lw	ra,12(sp)
8040338c:	4902                	lw	s2,0(sp)
8040338e:	c09c                	sw	a5,0(s1)
80403390:	4492                	lw	s1,4(sp)
80403392:	0141                	add	sp,sp,16
80403394:	0fb0006f          	j	80403c8e <brelse>

80403398 <ialloc>:
80403398:	7179                	add	sp,sp,-48
8040339a:	d226                	sw	s1,36(sp)
8040339c:	804b14b7          	lui	s1,0x804b1
804033a0:	0c048493          	add	s1,s1,192 # 804b10c0 <sb>
804033a4:	44dc                	lw	a5,12(s1)
804033a6:	d422                	sw	s0,40(sp)
804033a8:	d04a                	sw	s2,32(sp)
804033aa:	ce4e                	sw	s3,28(sp)
804033ac:	d606                	sw	ra,44(sp)
804033ae:	4409                	li	s0,2
804033b0:	89aa                	mv	s3,a0
804033b2:	892e                	mv	s2,a1
804033b4:	00f47e63          	bgeu	s0,a5,804033d0 <ialloc+0x38>
804033b8:	0070                	add	a2,sp,12
804033ba:	00a10593          	add	a1,sp,10
804033be:	8522                	mv	a0,s0
804033c0:	3791                	jal	80403304 <istat>
804033c2:	00a15783          	lhu	a5,10(sp)
804033c6:	cf89                	beqz	a5,804033e0 <ialloc+0x48>
804033c8:	44dc                	lw	a5,12(s1)
804033ca:	0405                	add	s0,s0,1
804033cc:	fef466e3          	bltu	s0,a5,804033b8 <ialloc+0x20>
804033d0:	5511                	li	a0,-28
804033d2:	50b2                	lw	ra,44(sp)
804033d4:	5422                	lw	s0,40(sp)
804033d6:	5492                	lw	s1,36(sp)
804033d8:	5902                	lw	s2,32(sp)
804033da:	49f2                	lw	s3,28(sp)
804033dc:	6145                	add	sp,sp,48
804033de:	8082                	ret
804033e0:	44dc                	lw	a5,12(s1)
804033e2:	04f47163          	bgeu	s0,a5,80403424 <ialloc+0x8c>
804033e6:	8522                	mv	a0,s0
804033e8:	965ff0ef          	jal	80402d4c <iget.part.0>
804033ec:	842a                	mv	s0,a0
804033ee:	5521                	li	a0,-24
804033f0:	d06d                	beqz	s0,804033d2 <ialloc+0x3a>
804033f2:	04000613          	li	a2,64
804033f6:	4581                	li	a1,0
804033f8:	00840513          	add	a0,s0,8
804033fc:	e9efe0ef          	jal	80401a9a <memset>
80403400:	4785                	li	a5,1
80403402:	01341423          	sh	s3,8(s0)
80403406:	8522                	mv	a0,s0
80403408:	00f41523          	sh	a5,10(s0)
8040340c:	d15ff0ef          	jal	80403120 <iupdate>
80403410:	50b2                	lw	ra,44(sp)
80403412:	00892023          	sw	s0,0(s2)
80403416:	5422                	lw	s0,40(sp)
80403418:	5492                	lw	s1,36(sp)
8040341a:	5902                	lw	s2,32(sp)
8040341c:	49f2                	lw	s3,28(sp)
8040341e:	4501                	li	a0,0
80403420:	6145                	add	sp,sp,48
80403422:	8082                	ret
80403424:	80427537          	lui	a0,0x80427
80403428:	85a2                	mv	a1,s0
8040342a:	a9450513          	add	a0,a0,-1388 # 80426a94 <syscalls+0xf4>
8040342e:	e36fe0ef          	jal	80401a64 <panic>

80403432 <iput>:
80403432:	415c                	lw	a5,4(a0)
80403434:	1141                	add	sp,sp,-16
80403436:	c422                	sw	s0,8(sp)
80403438:	c606                	sw	ra,12(sp)
8040343a:	842a                	mv	s0,a0
8040343c:	04f05463          	blez	a5,80403484 <iput+0x52>
80403440:	4705                	li	a4,1
80403442:	00e78863          	beq	a5,a4,80403452 <iput+0x20>
80403446:	17fd                	add	a5,a5,-1
80403448:	40b2                	lw	ra,12(sp)
8040344a:	c05c                	sw	a5,4(s0)
8040344c:	4422                	lw	s0,8(sp)
8040344e:	0141                	add	sp,sp,16
80403450:	8082                	ret
80403452:	00a55703          	lhu	a4,10(a0)
80403456:	fb65                	bnez	a4,80403446 <iput+0x14>
80403458:	4581                	li	a1,0
8040345a:	00052623          	sw	zero,12(a0)
8040345e:	d27ff0ef          	jal	80403184 <trim_blocks>
80403462:	04000613          	li	a2,64
80403466:	4581                	li	a1,0
80403468:	00840513          	add	a0,s0,8
8040346c:	e2efe0ef          	jal	80401a9a <memset>
80403470:	8522                	mv	a0,s0
80403472:	cafff0ef          	jal	80403120 <iupdate>
80403476:	405c                	lw	a5,4(s0)
80403478:	40b2                	lw	ra,12(sp)
8040347a:	17fd                	add	a5,a5,-1
8040347c:	c05c                	sw	a5,4(s0)
8040347e:	4422                	lw	s0,8(sp)
80403480:	0141                	add	sp,sp,16
80403482:	8082                	ret
80403484:	410c                	lw	a1,0(a0)
80403486:	80427537          	lui	a0,0x80427
8040348a:	ab050513          	add	a0,a0,-1360 # 80426ab0 <syscalls+0x110>
8040348e:	dd6fe0ef          	jal	80401a64 <panic>

80403492 <itrunc>:
80403492:	1101                	add	sp,sp,-32
80403494:	cc22                	sw	s0,24(sp)
80403496:	ca26                	sw	s1,20(sp)
80403498:	c64e                	sw	s3,12(sp)
8040349a:	ce06                	sw	ra,28(sp)
8040349c:	c84a                	sw	s2,16(sp)
8040349e:	c452                	sw	s4,8(sp)
804034a0:	c256                	sw	s5,4(sp)
804034a2:	89aa                	mv	s3,a0
804034a4:	00052623          	sw	zero,12(a0)
804034a8:	01050413          	add	s0,a0,16
804034ac:	04050493          	add	s1,a0,64
804034b0:	a021                	j	804034b8 <itrunc+0x26>
804034b2:	0411                	add	s0,s0,4
804034b4:	00940b63          	beq	s0,s1,804034ca <itrunc+0x38>
804034b8:	4008                	lw	a0,0(s0)
804034ba:	dd65                	beqz	a0,804034b2 <itrunc+0x20>
804034bc:	f42ff0ef          	jal	80402bfe <bfree>
804034c0:	0411                	add	s0,s0,4
804034c2:	fe042e23          	sw	zero,-4(s0)
804034c6:	fe9419e3          	bne	s0,s1,804034b8 <itrunc+0x26>
804034ca:	0409aa03          	lw	s4,64(s3)
804034ce:	020a1163          	bnez	s4,804034f0 <itrunc+0x5e>
804034d2:	0449aa83          	lw	s5,68(s3)
804034d6:	040a9e63          	bnez	s5,80403532 <itrunc+0xa0>
804034da:	4462                	lw	s0,24(sp)
804034dc:	40f2                	lw	ra,28(sp)
804034de:	44d2                	lw	s1,20(sp)
804034e0:	4942                	lw	s2,16(sp)
804034e2:	4a22                	lw	s4,8(sp)
804034e4:	4a92                	lw	s5,4(sp)
804034e6:	854e                	mv	a0,s3
804034e8:	49b2                	lw	s3,12(sp)
804034ea:	6105                	add	sp,sp,32
804034ec:	c35ff06f          	j	80403120 <iupdate>
804034f0:	8552                	mv	a0,s4
804034f2:	6485                	lui	s1,0x1
804034f4:	732000ef          	jal	80403c26 <bread>
804034f8:	04e1                	add	s1,s1,24 # 1018 <_entry-0x803fefe8>
804034fa:	892a                	mv	s2,a0
804034fc:	01850413          	add	s0,a0,24
80403500:	94aa                	add	s1,s1,a0
80403502:	4008                	lw	a0,0(s0)
80403504:	c901                	beqz	a0,80403514 <itrunc+0x82>
80403506:	ef8ff0ef          	jal	80402bfe <bfree>
8040350a:	854a                	mv	a0,s2
8040350c:	00042023          	sw	zero,0(s0)
80403510:	778000ef          	jal	80403c88 <bdirty>
80403514:	0411                	add	s0,s0,4
80403516:	fe9416e3          	bne	s0,s1,80403502 <itrunc+0x70>
8040351a:	854a                	mv	a0,s2
8040351c:	772000ef          	jal	80403c8e <brelse>
80403520:	8552                	mv	a0,s4
80403522:	edcff0ef          	jal	80402bfe <bfree>
80403526:	0449aa83          	lw	s5,68(s3)
8040352a:	0409a023          	sw	zero,64(s3)
8040352e:	fa0a86e3          	beqz	s5,804034da <itrunc+0x48>
80403532:	8556                	mv	a0,s5
80403534:	6905                	lui	s2,0x1
80403536:	6f0000ef          	jal	80403c26 <bread>
8040353a:	0961                	add	s2,s2,24 # 1018 <_entry-0x803fefe8>
8040353c:	8a2a                	mv	s4,a0
8040353e:	01850413          	add	s0,a0,24
80403542:	992a                	add	s2,s2,a0
80403544:	40c00493          	li	s1,1036
80403548:	4008                	lw	a0,0(s0)
8040354a:	85a6                	mv	a1,s1
8040354c:	4681                	li	a3,0
8040354e:	4605                	li	a2,1
80403550:	c901                	beqz	a0,80403560 <itrunc+0xce>
80403552:	f3aff0ef          	jal	80402c8c <trim_indirect>
80403556:	8552                	mv	a0,s4
80403558:	00042023          	sw	zero,0(s0)
8040355c:	72c000ef          	jal	80403c88 <bdirty>
80403560:	0411                	add	s0,s0,4
80403562:	40048493          	add	s1,s1,1024
80403566:	ff2411e3          	bne	s0,s2,80403548 <itrunc+0xb6>
8040356a:	8552                	mv	a0,s4
8040356c:	722000ef          	jal	80403c8e <brelse>
80403570:	8556                	mv	a0,s5
80403572:	e8cff0ef          	jal	80402bfe <bfree>
80403576:	0409a223          	sw	zero,68(s3)
8040357a:	b785                	j	804034da <itrunc+0x48>

8040357c <readi>:
8040357c:	715d                	add	sp,sp,-80
8040357e:	de4e                	sw	s3,60(sp)
80403580:	00c52983          	lw	s3,12(a0)
80403584:	c0ca                	sw	s2,64(sp)
80403586:	c686                	sw	ra,76(sp)
80403588:	c4a2                	sw	s0,72(sp)
8040358a:	c2a6                	sw	s1,68(sp)
8040358c:	dc52                	sw	s4,56(sp)
8040358e:	da56                	sw	s5,52(sp)
80403590:	d85a                	sw	s6,48(sp)
80403592:	d65e                	sw	s7,44(sp)
80403594:	d462                	sw	s8,40(sp)
80403596:	d266                	sw	s9,36(sp)
80403598:	d06a                	sw	s10,32(sp)
8040359a:	ce6e                	sw	s11,28(sp)
8040359c:	c62e                	sw	a1,12(sp)
8040359e:	4901                	li	s2,0
804035a0:	0736f263          	bgeu	a3,s3,80403604 <readi+0x88>
804035a4:	40d989b3          	sub	s3,s3,a3
804035a8:	8aaa                	mv	s5,a0
804035aa:	8a36                	mv	s4,a3
804035ac:	8b32                	mv	s6,a2
804035ae:	09376d63          	bltu	a4,s3,80403648 <readi+0xcc>
804035b2:	4401                	li	s0,0
804035b4:	04098763          	beqz	s3,80403602 <readi+0x86>
804035b8:	6c05                	lui	s8,0x1
804035ba:	fffc0d13          	add	s10,s8,-1 # fff <_entry-0x803ff001>
804035be:	804afcb7          	lui	s9,0x804af
804035c2:	008a05b3          	add	a1,s4,s0
804035c6:	01a5f933          	and	s2,a1,s10
804035ca:	408984b3          	sub	s1,s3,s0
804035ce:	412c07b3          	sub	a5,s8,s2
804035d2:	81b1                	srl	a1,a1,0xc
804035d4:	4601                	li	a2,0
804035d6:	8556                	mv	a0,s5
804035d8:	0097f363          	bgeu	a5,s1,804035de <readi+0x62>
804035dc:	84be                	mv	s1,a5
804035de:	90bff0ef          	jal	80402ee8 <bmap>
804035e2:	008b0db3          	add	s11,s6,s0
804035e6:	86a6                	mv	a3,s1
804035e8:	ec0c8613          	add	a2,s9,-320 # 804aeec0 <zero_block>
804035ec:	85ee                	mv	a1,s11
804035ee:	e91d                	bnez	a0,80403624 <readi+0xa8>
804035f0:	4532                	lw	a0,12(sp)
804035f2:	af3fd0ef          	jal	804010e4 <either_copyout>
804035f6:	892a                	mv	s2,a0
804035f8:	04094563          	bltz	s2,80403642 <readi+0xc6>
804035fc:	9426                	add	s0,s0,s1
804035fe:	fd3462e3          	bltu	s0,s3,804035c2 <readi+0x46>
80403602:	894e                	mv	s2,s3
80403604:	40b6                	lw	ra,76(sp)
80403606:	4426                	lw	s0,72(sp)
80403608:	4496                	lw	s1,68(sp)
8040360a:	59f2                	lw	s3,60(sp)
8040360c:	5a62                	lw	s4,56(sp)
8040360e:	5ad2                	lw	s5,52(sp)
80403610:	5b42                	lw	s6,48(sp)
80403612:	5bb2                	lw	s7,44(sp)
80403614:	5c22                	lw	s8,40(sp)
80403616:	5c92                	lw	s9,36(sp)
80403618:	5d02                	lw	s10,32(sp)
8040361a:	4df2                	lw	s11,28(sp)
8040361c:	854a                	mv	a0,s2
8040361e:	4906                	lw	s2,64(sp)
80403620:	6161                	add	sp,sp,80
80403622:	8082                	ret
80403624:	2509                	jal	80403c26 <bread>
80403626:	8baa                	mv	s7,a0
80403628:	01850613          	add	a2,a0,24
8040362c:	4532                	lw	a0,12(sp)
8040362e:	964a                	add	a2,a2,s2
80403630:	86a6                	mv	a3,s1
80403632:	85ee                	mv	a1,s11
80403634:	ab1fd0ef          	jal	804010e4 <either_copyout>
80403638:	892a                	mv	s2,a0
8040363a:	855e                	mv	a0,s7
8040363c:	2d89                	jal	80403c8e <brelse>
8040363e:	fa095fe3          	bgez	s2,804035fc <readi+0x80>
80403642:	d069                	beqz	s0,80403604 <readi+0x88>
80403644:	8922                	mv	s2,s0
80403646:	bf7d                	j	80403604 <readi+0x88>
80403648:	89ba                	mv	s3,a4
8040364a:	b7a5                	j	804035b2 <readi+0x36>

8040364c <writei>:
8040364c:	7139                	add	sp,sp,-64
8040364e:	de06                	sw	ra,60(sp)
80403650:	dc22                	sw	s0,56(sp)
80403652:	da26                	sw	s1,52(sp)
80403654:	d84a                	sw	s2,48(sp)
80403656:	d64e                	sw	s3,44(sp)
80403658:	d452                	sw	s4,40(sp)
8040365a:	d256                	sw	s5,36(sp)
8040365c:	d05a                	sw	s6,32(sp)
8040365e:	ce5e                	sw	s7,28(sp)
80403660:	cc62                	sw	s8,24(sp)
80403662:	ca66                	sw	s9,20(sp)
80403664:	c86a                	sw	s10,16(sp)
80403666:	c66e                	sw	s11,12(sp)
80403668:	1406c063          	bltz	a3,804037a8 <writei+0x15c>
8040366c:	800007b7          	lui	a5,0x80000
80403670:	fff7c793          	not	a5,a5
80403674:	8f95                	sub	a5,a5,a3
80403676:	8b36                	mv	s6,a3
80403678:	8aba                	mv	s5,a4
8040367a:	12e7e763          	bltu	a5,a4,804037a8 <writei+0x15c>
8040367e:	8c2e                	mv	s8,a1
80403680:	454c                	lw	a1,12(a0)
80403682:	8baa                	mv	s7,a0
80403684:	8cb2                	mv	s9,a2
80403686:	0ad5e163          	bltu	a1,a3,80403728 <writei+0xdc>
8040368a:	12070163          	beqz	a4,804037ac <writei+0x160>
8040368e:	6d05                	lui	s10,0x1
80403690:	4401                	li	s0,0
80403692:	fffd0d93          	add	s11,s10,-1 # fff <_entry-0x803ff001>
80403696:	a035                	j	804036c2 <writei+0x76>
80403698:	2379                	jal	80403c26 <bread>
8040369a:	01850593          	add	a1,a0,24
8040369e:	84aa                	mv	s1,a0
804036a0:	95ce                	add	a1,a1,s3
804036a2:	008c8633          	add	a2,s9,s0
804036a6:	86ca                	mv	a3,s2
804036a8:	8562                	mv	a0,s8
804036aa:	9f9fd0ef          	jal	804010a2 <either_copyin>
804036ae:	89aa                	mv	s3,a0
804036b0:	8526                	mv	a0,s1
804036b2:	2bd9                	jal	80403c88 <bdirty>
804036b4:	8526                	mv	a0,s1
804036b6:	2be1                	jal	80403c8e <brelse>
804036b8:	0209c863          	bltz	s3,804036e8 <writei+0x9c>
804036bc:	944a                	add	s0,s0,s2
804036be:	09547263          	bgeu	s0,s5,80403742 <writei+0xf6>
804036c2:	008b0a33          	add	s4,s6,s0
804036c6:	01ba79b3          	and	s3,s4,s11
804036ca:	408a8933          	sub	s2,s5,s0
804036ce:	413d07b3          	sub	a5,s10,s3
804036d2:	4605                	li	a2,1
804036d4:	00ca5593          	srl	a1,s4,0xc
804036d8:	855e                	mv	a0,s7
804036da:	0127f363          	bgeu	a5,s2,804036e0 <writei+0x94>
804036de:	893e                	mv	s2,a5
804036e0:	809ff0ef          	jal	80402ee8 <bmap>
804036e4:	f955                	bnez	a0,80403698 <writei+0x4c>
804036e6:	5991                	li	s3,-28
804036e8:	00cba583          	lw	a1,12(s7) # 100c <_entry-0x803feff4>
804036ec:	0145f563          	bgeu	a1,s4,804036f6 <writei+0xaa>
804036f0:	014ba623          	sw	s4,12(s7)
804036f4:	85d2                	mv	a1,s4
804036f6:	6785                	lui	a5,0x1
804036f8:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
804036fa:	95be                	add	a1,a1,a5
804036fc:	81b1                	srl	a1,a1,0xc
804036fe:	855e                	mv	a0,s7
80403700:	a85ff0ef          	jal	80403184 <trim_blocks>
80403704:	c011                	beqz	s0,80403708 <writei+0xbc>
80403706:	89a2                	mv	s3,s0
80403708:	50f2                	lw	ra,60(sp)
8040370a:	5462                	lw	s0,56(sp)
8040370c:	54d2                	lw	s1,52(sp)
8040370e:	5942                	lw	s2,48(sp)
80403710:	5a22                	lw	s4,40(sp)
80403712:	5a92                	lw	s5,36(sp)
80403714:	5b02                	lw	s6,32(sp)
80403716:	4bf2                	lw	s7,28(sp)
80403718:	4c62                	lw	s8,24(sp)
8040371a:	4cd2                	lw	s9,20(sp)
8040371c:	4d42                	lw	s10,16(sp)
8040371e:	4db2                	lw	s11,12(sp)
80403720:	854e                	mv	a0,s3
80403722:	59b2                	lw	s3,44(sp)
80403724:	6121                	add	sp,sp,64
80403726:	8082                	ret
80403728:	6485                	lui	s1,0x1
8040372a:	fff48413          	add	s0,s1,-1 # fff <_entry-0x803ff001>
8040372e:	8c6d                	and	s0,s0,a1
80403730:	e815                	bnez	s0,80403764 <writei+0x118>
80403732:	ff31                	bnez	a4,8040368e <writei+0x42>
80403734:	00dba623          	sw	a3,12(s7)
80403738:	9e9ff0ef          	jal	80403120 <iupdate>
8040373c:	4401                	li	s0,0
8040373e:	89a2                	mv	s3,s0
80403740:	b7e1                	j	80403708 <writei+0xbc>
80403742:	00cba783          	lw	a5,12(s7)
80403746:	9b22                	add	s6,s6,s0
80403748:	0167f963          	bgeu	a5,s6,8040375a <writei+0x10e>
8040374c:	016ba623          	sw	s6,12(s7)
80403750:	855e                	mv	a0,s7
80403752:	9cfff0ef          	jal	80403120 <iupdate>
80403756:	89a2                	mv	s3,s0
80403758:	bf45                	j	80403708 <writei+0xbc>
8040375a:	855e                	mv	a0,s7
8040375c:	9c5ff0ef          	jal	80403120 <iupdate>
80403760:	89a2                	mv	s3,s0
80403762:	b75d                	j	80403708 <writei+0xbc>
80403764:	4601                	li	a2,0
80403766:	81b1                	srl	a1,a1,0xc
80403768:	f80ff0ef          	jal	80402ee8 <bmap>
8040376c:	ed11                	bnez	a0,80403788 <writei+0x13c>
8040376e:	f20a90e3          	bnez	s5,8040368e <writei+0x42>
80403772:	00cba783          	lw	a5,12(s7)
80403776:	0367fb63          	bgeu	a5,s6,804037ac <writei+0x160>
8040377a:	016ba623          	sw	s6,12(s7)
8040377e:	855e                	mv	a0,s7
80403780:	9a1ff0ef          	jal	80403120 <iupdate>
80403784:	4401                	li	s0,0
80403786:	bf65                	j	8040373e <writei+0xf2>
80403788:	2979                	jal	80403c26 <bread>
8040378a:	892a                	mv	s2,a0
8040378c:	0561                	add	a0,a0,24
8040378e:	40848633          	sub	a2,s1,s0
80403792:	4581                	li	a1,0
80403794:	9522                	add	a0,a0,s0
80403796:	b04fe0ef          	jal	80401a9a <memset>
8040379a:	854a                	mv	a0,s2
8040379c:	21f5                	jal	80403c88 <bdirty>
8040379e:	854a                	mv	a0,s2
804037a0:	21fd                	jal	80403c8e <brelse>
804037a2:	ee0a96e3          	bnez	s5,8040368e <writei+0x42>
804037a6:	b7f1                	j	80403772 <writei+0x126>
804037a8:	5995                	li	s3,-27
804037aa:	bfb9                	j	80403708 <writei+0xbc>
804037ac:	855e                	mv	a0,s7
804037ae:	973ff0ef          	jal	80403120 <iupdate>
804037b2:	4401                	li	s0,0
804037b4:	b769                	j	8040373e <writei+0xf2>

804037b6 <path_name>:
804037b6:	00054783          	lbu	a5,0(a0)
804037ba:	02f00713          	li	a4,47
804037be:	00e79763          	bne	a5,a4,804037cc <path_name+0x16>
804037c2:	00154783          	lbu	a5,1(a0)
804037c6:	0505                	add	a0,a0,1
804037c8:	fee78de3          	beq	a5,a4,804037c2 <path_name+0xc>
804037cc:	cf95                	beqz	a5,80403808 <path_name+0x52>
804037ce:	4701                	li	a4,0
804037d0:	02f00613          	li	a2,47
804037d4:	486d                	li	a6,27
804037d6:	a819                	j	804037ec <path_name+0x36>
804037d8:	03070063          	beq	a4,a6,804037f8 <path_name+0x42>
804037dc:	0705                	add	a4,a4,1
804037de:	00f68023          	sb	a5,0(a3)
804037e2:	00e507b3          	add	a5,a0,a4
804037e6:	0007c783          	lbu	a5,0(a5)
804037ea:	cb91                	beqz	a5,804037fe <path_name+0x48>
804037ec:	00e586b3          	add	a3,a1,a4
804037f0:	fec794e3          	bne	a5,a2,804037d8 <path_name+0x22>
804037f4:	5579                	li	a0,-2
804037f6:	8082                	ret
804037f8:	fdc00513          	li	a0,-36
804037fc:	8082                	ret
804037fe:	95ba                	add	a1,a1,a4
80403800:	00058023          	sb	zero,0(a1)
80403804:	4501                	li	a0,0
80403806:	8082                	ret
80403808:	00058023          	sb	zero,0(a1)
8040380c:	b7e5                	j	804037f4 <path_name+0x3e>

8040380e <dir_lookup>:
8040380e:	4558                	lw	a4,12(a0)
80403810:	47fd                	li	a5,31
80403812:	06e7fc63          	bgeu	a5,a4,8040388a <dir_lookup+0x7c>
80403816:	7139                	add	sp,sp,-64
80403818:	dc22                	sw	s0,56(sp)
8040381a:	da26                	sw	s1,52(sp)
8040381c:	d84a                	sw	s2,48(sp)
8040381e:	d64e                	sw	s3,44(sp)
80403820:	de06                	sw	ra,60(sp)
80403822:	84aa                	mv	s1,a0
80403824:	892e                	mv	s2,a1
80403826:	89b2                	mv	s3,a2
80403828:	4401                	li	s0,0
8040382a:	a801                	j	8040383a <dir_lookup+0x2c>
8040382c:	44d8                	lw	a4,12(s1)
8040382e:	04040793          	add	a5,s0,64
80403832:	02040413          	add	s0,s0,32
80403836:	04f76263          	bltu	a4,a5,8040387a <dir_lookup+0x6c>
8040383a:	02000713          	li	a4,32
8040383e:	86a2                	mv	a3,s0
80403840:	860a                	mv	a2,sp
80403842:	4581                	li	a1,0
80403844:	8526                	mv	a0,s1
80403846:	d37ff0ef          	jal	8040357c <readi>
8040384a:	02000793          	li	a5,32
8040384e:	04f51063          	bne	a0,a5,8040388e <dir_lookup+0x80>
80403852:	4502                	lw	a0,0(sp)
80403854:	a79ff0ef          	jal	804032cc <inum_valid>
80403858:	d971                	beqz	a0,8040382c <dir_lookup+0x1e>
8040385a:	4671                	li	a2,28
8040385c:	85ca                	mv	a1,s2
8040385e:	0048                	add	a0,sp,4
80403860:	af6fe0ef          	jal	80401b56 <strncmp>
80403864:	f561                	bnez	a0,8040382c <dir_lookup+0x1e>
80403866:	0089a023          	sw	s0,0(s3)
8040386a:	50f2                	lw	ra,60(sp)
8040386c:	5462                	lw	s0,56(sp)
8040386e:	4502                	lw	a0,0(sp)
80403870:	54d2                	lw	s1,52(sp)
80403872:	5942                	lw	s2,48(sp)
80403874:	59b2                	lw	s3,44(sp)
80403876:	6121                	add	sp,sp,64
80403878:	8082                	ret
8040387a:	50f2                	lw	ra,60(sp)
8040387c:	5462                	lw	s0,56(sp)
8040387e:	54d2                	lw	s1,52(sp)
80403880:	5942                	lw	s2,48(sp)
80403882:	59b2                	lw	s3,44(sp)
80403884:	4501                	li	a0,0
80403886:	6121                	add	sp,sp,64
80403888:	8082                	ret
8040388a:	4501                	li	a0,0
8040388c:	8082                	ret
8040388e:	80427537          	lui	a0,0x80427
80403892:	ac850513          	add	a0,a0,-1336 # 80426ac8 <syscalls+0x128>
80403896:	9cefe0ef          	jal	80401a64 <panic>

8040389a <fs_open>:
8040389a:	7159                	add	sp,sp,-112
8040389c:	d0ca                	sw	s2,96(sp)
8040389e:	892e                	mv	s2,a1
804038a0:	084c                	add	a1,sp,20
804038a2:	d2a6                	sw	s1,100(sp)
804038a4:	d686                	sw	ra,108(sp)
804038a6:	d4a2                	sw	s0,104(sp)
804038a8:	cece                	sw	s3,92(sp)
804038aa:	ccd2                	sw	s4,88(sp)
804038ac:	cad6                	sw	s5,84(sp)
804038ae:	84b2                	mv	s1,a2
804038b0:	3719                	jal	804037b6 <path_name>
804038b2:	00054663          	bltz	a0,804038be <fs_open+0x24>
804038b6:	857ff0ef          	jal	8040310c <fs_mounted>
804038ba:	e919                	bnez	a0,804038d0 <fs_open+0x36>
804038bc:	5579                	li	a0,-2
804038be:	50b6                	lw	ra,108(sp)
804038c0:	5426                	lw	s0,104(sp)
804038c2:	5496                	lw	s1,100(sp)
804038c4:	5906                	lw	s2,96(sp)
804038c6:	49f6                	lw	s3,92(sp)
804038c8:	4a66                	lw	s4,88(sp)
804038ca:	4ad6                	lw	s5,84(sp)
804038cc:	6165                	add	sp,sp,112
804038ce:	8082                	ret
804038d0:	847ff0ef          	jal	80403116 <fs_root>
804038d4:	0070                	add	a2,sp,12
804038d6:	084c                	add	a1,sp,20
804038d8:	89aa                	mv	s3,a0
804038da:	3f15                	jal	8040380e <dir_lookup>
804038dc:	842a                	mv	s0,a0
804038de:	ed35                	bnez	a0,8040395a <fs_open+0xc0>
804038e0:	04097793          	and	a5,s2,64
804038e4:	dfe1                	beqz	a5,804038bc <fs_open+0x22>
804038e6:	080c                	add	a1,sp,16
804038e8:	4505                	li	a0,1
804038ea:	aafff0ef          	jal	80403398 <ialloc>
804038ee:	fc0548e3          	bltz	a0,804038be <fs_open+0x24>
804038f2:	47c2                	lw	a5,16(sp)
804038f4:	0007aa83          	lw	s5,0(a5)
804038f8:	a839                	j	80403916 <fs_open+0x7c>
804038fa:	02000713          	li	a4,32
804038fe:	86d2                	mv	a3,s4
80403900:	1810                	add	a2,sp,48
80403902:	4581                	li	a1,0
80403904:	854e                	mv	a0,s3
80403906:	c77ff0ef          	jal	8040357c <readi>
8040390a:	02000793          	li	a5,32
8040390e:	08f51863          	bne	a0,a5,8040399e <fs_open+0x104>
80403912:	57c2                	lw	a5,48(sp)
80403914:	cb81                	beqz	a5,80403924 <fs_open+0x8a>
80403916:	00c9a783          	lw	a5,12(s3)
8040391a:	8a22                	mv	s4,s0
8040391c:	02040413          	add	s0,s0,32
80403920:	fc87fde3          	bgeu	a5,s0,804038fa <fs_open+0x60>
80403924:	02000613          	li	a2,32
80403928:	4581                	li	a1,0
8040392a:	1808                	add	a0,sp,48
8040392c:	96efe0ef          	jal	80401a9a <memset>
80403930:	4671                	li	a2,28
80403932:	084c                	add	a1,sp,20
80403934:	1848                	add	a0,sp,52
80403936:	d856                	sw	s5,48(sp)
80403938:	a7afe0ef          	jal	80401bb2 <strlcpy_k>
8040393c:	02000713          	li	a4,32
80403940:	86d2                	mv	a3,s4
80403942:	1810                	add	a2,sp,48
80403944:	4581                	li	a1,0
80403946:	854e                	mv	a0,s3
80403948:	d05ff0ef          	jal	8040364c <writei>
8040394c:	02000793          	li	a5,32
80403950:	02f51c63          	bne	a0,a5,80403988 <fs_open+0xee>
80403954:	4542                	lw	a0,16(sp)
80403956:	c088                	sw	a0,0(s1)
80403958:	a029                	j	80403962 <fs_open+0xc8>
8040395a:	987ff0ef          	jal	804032e0 <iget>
8040395e:	c088                	sw	a0,0(s1)
80403960:	c115                	beqz	a0,80403984 <fs_open+0xea>
80403962:	00855703          	lhu	a4,8(a0)
80403966:	4785                	li	a5,1
80403968:	02f71763          	bne	a4,a5,80403996 <fs_open+0xfc>
8040396c:	20097793          	and	a5,s2,512
80403970:	c781                	beqz	a5,80403978 <fs_open+0xde>
80403972:	00397793          	and	a5,s2,3
80403976:	e399                	bnez	a5,8040397c <fs_open+0xe2>
80403978:	4501                	li	a0,0
8040397a:	b791                	j	804038be <fs_open+0x24>
8040397c:	b17ff0ef          	jal	80403492 <itrunc>
80403980:	4501                	li	a0,0
80403982:	bf35                	j	804038be <fs_open+0x24>
80403984:	5521                	li	a0,-24
80403986:	bf25                	j	804038be <fs_open+0x24>
80403988:	4542                	lw	a0,16(sp)
8040398a:	00051523          	sh	zero,10(a0)
8040398e:	aa5ff0ef          	jal	80403432 <iput>
80403992:	5511                	li	a0,-28
80403994:	b72d                	j	804038be <fs_open+0x24>
80403996:	a9dff0ef          	jal	80403432 <iput>
8040399a:	552d                	li	a0,-21
8040399c:	b70d                	j	804038be <fs_open+0x24>
8040399e:	80427537          	lui	a0,0x80427
804039a2:	ac850513          	add	a0,a0,-1336 # 80426ac8 <syscalls+0x128>
804039a6:	8befe0ef          	jal	80401a64 <panic>

804039aa <fs_lookup>:
804039aa:	7179                	add	sp,sp,-48
804039ac:	d422                	sw	s0,40(sp)
804039ae:	842e                	mv	s0,a1
804039b0:	004c                	add	a1,sp,4
804039b2:	d606                	sw	ra,44(sp)
804039b4:	e03ff0ef          	jal	804037b6 <path_name>
804039b8:	87aa                	mv	a5,a0
804039ba:	00054663          	bltz	a0,804039c6 <fs_lookup+0x1c>
804039be:	f4eff0ef          	jal	8040310c <fs_mounted>
804039c2:	e519                	bnez	a0,804039d0 <fs_lookup+0x26>
804039c4:	57f9                	li	a5,-2
804039c6:	50b2                	lw	ra,44(sp)
804039c8:	5422                	lw	s0,40(sp)
804039ca:	853e                	mv	a0,a5
804039cc:	6145                	add	sp,sp,48
804039ce:	8082                	ret
804039d0:	f46ff0ef          	jal	80403116 <fs_root>
804039d4:	860a                	mv	a2,sp
804039d6:	004c                	add	a1,sp,4
804039d8:	e37ff0ef          	jal	8040380e <dir_lookup>
804039dc:	d565                	beqz	a0,804039c4 <fs_lookup+0x1a>
804039de:	903ff0ef          	jal	804032e0 <iget>
804039e2:	c008                	sw	a0,0(s0)
804039e4:	c919                	beqz	a0,804039fa <fs_lookup+0x50>
804039e6:	00855683          	lhu	a3,8(a0)
804039ea:	4705                	li	a4,1
804039ec:	4781                	li	a5,0
804039ee:	fce68ce3          	beq	a3,a4,804039c6 <fs_lookup+0x1c>
804039f2:	a41ff0ef          	jal	80403432 <iput>
804039f6:	57ad                	li	a5,-21
804039f8:	b7f9                	j	804039c6 <fs_lookup+0x1c>
804039fa:	57a1                	li	a5,-24
804039fc:	b7e9                	j	804039c6 <fs_lookup+0x1c>

804039fe <fs_unlink>:
804039fe:	715d                	add	sp,sp,-80
80403a00:	004c                	add	a1,sp,4
80403a02:	c4a2                	sw	s0,72(sp)
80403a04:	c686                	sw	ra,76(sp)
80403a06:	c2a6                	sw	s1,68(sp)
80403a08:	c0ca                	sw	s2,64(sp)
80403a0a:	dadff0ef          	jal	804037b6 <path_name>
80403a0e:	842a                	mv	s0,a0
80403a10:	00054663          	bltz	a0,80403a1c <fs_unlink+0x1e>
80403a14:	ef8ff0ef          	jal	8040310c <fs_mounted>
80403a18:	e909                	bnez	a0,80403a2a <fs_unlink+0x2c>
80403a1a:	5479                	li	s0,-2
80403a1c:	40b6                	lw	ra,76(sp)
80403a1e:	8522                	mv	a0,s0
80403a20:	4426                	lw	s0,72(sp)
80403a22:	4496                	lw	s1,68(sp)
80403a24:	4906                	lw	s2,64(sp)
80403a26:	6161                	add	sp,sp,80
80403a28:	8082                	ret
80403a2a:	eecff0ef          	jal	80403116 <fs_root>
80403a2e:	860a                	mv	a2,sp
80403a30:	004c                	add	a1,sp,4
80403a32:	84aa                	mv	s1,a0
80403a34:	ddbff0ef          	jal	8040380e <dir_lookup>
80403a38:	d16d                	beqz	a0,80403a1a <fs_unlink+0x1c>
80403a3a:	8a7ff0ef          	jal	804032e0 <iget>
80403a3e:	892a                	mv	s2,a0
80403a40:	c10d                	beqz	a0,80403a62 <fs_unlink+0x64>
80403a42:	00855703          	lhu	a4,8(a0)
80403a46:	4785                	li	a5,1
80403a48:	00f70f63          	beq	a4,a5,80403a66 <fs_unlink+0x68>
80403a4c:	542d                	li	s0,-21
80403a4e:	854a                	mv	a0,s2
80403a50:	9e3ff0ef          	jal	80403432 <iput>
80403a54:	40b6                	lw	ra,76(sp)
80403a56:	8522                	mv	a0,s0
80403a58:	4426                	lw	s0,72(sp)
80403a5a:	4496                	lw	s1,68(sp)
80403a5c:	4906                	lw	s2,64(sp)
80403a5e:	6161                	add	sp,sp,80
80403a60:	8082                	ret
80403a62:	5421                	li	s0,-24
80403a64:	bf65                	j	80403a1c <fs_unlink+0x1e>
80403a66:	02000613          	li	a2,32
80403a6a:	4581                	li	a1,0
80403a6c:	1008                	add	a0,sp,32
80403a6e:	82cfe0ef          	jal	80401a9a <memset>
80403a72:	4682                	lw	a3,0(sp)
80403a74:	02000713          	li	a4,32
80403a78:	1010                	add	a2,sp,32
80403a7a:	4581                	li	a1,0
80403a7c:	8526                	mv	a0,s1
80403a7e:	bcfff0ef          	jal	8040364c <writei>
80403a82:	00a95783          	lhu	a5,10(s2)
80403a86:	854a                	mv	a0,s2
80403a88:	17fd                	add	a5,a5,-1
80403a8a:	00f91523          	sh	a5,10(s2)
80403a8e:	e92ff0ef          	jal	80403120 <iupdate>
80403a92:	bf75                	j	80403a4e <fs_unlink+0x50>

80403a94 <fs_readdir>:
80403a94:	715d                	add	sp,sp,-80
80403a96:	c0ca                	sw	s2,64(sp)
80403a98:	de4e                	sw	s3,60(sp)
80403a9a:	da56                	sw	s5,52(sp)
80403a9c:	c686                	sw	ra,76(sp)
80403a9e:	c4a2                	sw	s0,72(sp)
80403aa0:	c2a6                	sw	s1,68(sp)
80403aa2:	dc52                	sw	s4,56(sp)
80403aa4:	89aa                	mv	s3,a0
80403aa6:	8aae                	mv	s5,a1
80403aa8:	8932                	mv	s2,a2
80403aaa:	e62ff0ef          	jal	8040310c <fs_mounted>
80403aae:	c925                	beqz	a0,80403b1e <fs_readdir+0x8a>
80403ab0:	e66ff0ef          	jal	80403116 <fs_root>
80403ab4:	4558                	lw	a4,12(a0)
80403ab6:	47fd                	li	a5,31
80403ab8:	84aa                	mv	s1,a0
80403aba:	06e7f263          	bgeu	a5,a4,80403b1e <fs_readdir+0x8a>
80403abe:	4401                	li	s0,0
80403ac0:	4a05                	li	s4,1
80403ac2:	a801                	j	80403ad2 <fs_readdir+0x3e>
80403ac4:	44d8                	lw	a4,12(s1)
80403ac6:	04040793          	add	a5,s0,64
80403aca:	02040413          	add	s0,s0,32
80403ace:	04f76863          	bltu	a4,a5,80403b1e <fs_readdir+0x8a>
80403ad2:	02000713          	li	a4,32
80403ad6:	86a2                	mv	a3,s0
80403ad8:	0810                	add	a2,sp,16
80403ada:	4581                	li	a1,0
80403adc:	8526                	mv	a0,s1
80403ade:	a9fff0ef          	jal	8040357c <readi>
80403ae2:	02000793          	li	a5,32
80403ae6:	04f51f63          	bne	a0,a5,80403b44 <fs_readdir+0xb0>
80403aea:	4542                	lw	a0,16(sp)
80403aec:	fe0ff0ef          	jal	804032cc <inum_valid>
80403af0:	d971                	beqz	a0,80403ac4 <fs_readdir+0x30>
80403af2:	4542                	lw	a0,16(sp)
80403af4:	864a                	mv	a2,s2
80403af6:	00e10593          	add	a1,sp,14
80403afa:	80bff0ef          	jal	80403304 <istat>
80403afe:	00e15783          	lhu	a5,14(sp)
80403b02:	fd4791e3          	bne	a5,s4,80403ac4 <fs_readdir+0x30>
80403b06:	fff98793          	add	a5,s3,-1
80403b0a:	02098463          	beqz	s3,80403b32 <fs_readdir+0x9e>
80403b0e:	44d8                	lw	a4,12(s1)
80403b10:	89be                	mv	s3,a5
80403b12:	04040793          	add	a5,s0,64
80403b16:	02040413          	add	s0,s0,32
80403b1a:	faf77ce3          	bgeu	a4,a5,80403ad2 <fs_readdir+0x3e>
80403b1e:	5579                	li	a0,-2
80403b20:	40b6                	lw	ra,76(sp)
80403b22:	4426                	lw	s0,72(sp)
80403b24:	4496                	lw	s1,68(sp)
80403b26:	4906                	lw	s2,64(sp)
80403b28:	59f2                	lw	s3,60(sp)
80403b2a:	5a62                	lw	s4,56(sp)
80403b2c:	5ad2                	lw	s5,52(sp)
80403b2e:	6161                	add	sp,sp,80
80403b30:	8082                	ret
80403b32:	466d                	li	a2,27
80403b34:	084c                	add	a1,sp,20
80403b36:	8556                	mv	a0,s5
80403b38:	fa5fd0ef          	jal	80401adc <memcpy>
80403b3c:	4501                	li	a0,0
80403b3e:	000a8da3          	sb	zero,27(s5)
80403b42:	bff9                	j	80403b20 <fs_readdir+0x8c>
80403b44:	80427537          	lui	a0,0x80427
80403b48:	ac850513          	add	a0,a0,-1336 # 80426ac8 <syscalls+0x128>
80403b4c:	f19fd0ef          	jal	80401a64 <panic>

80403b50 <bget>:
80403b50:	804b17b7          	lui	a5,0x804b1
80403b54:	1141                	add	sp,sp,-16
80403b56:	0e478793          	add	a5,a5,228 # 804b10e4 <lru>
80403b5a:	c422                	sw	s0,8(sp)
80403b5c:	4bc0                	lw	s0,20(a5)
80403b5e:	c226                	sw	s1,4(sp)
80403b60:	c606                	sw	ra,12(sp)
80403b62:	84aa                	mv	s1,a0
80403b64:	00f40a63          	beq	s0,a5,80403b78 <bget+0x28>
80403b68:	4018                	lw	a4,0(s0)
80403b6a:	c701                	beqz	a4,80403b72 <bget+0x22>
80403b6c:	4418                	lw	a4,8(s0)
80403b6e:	04970b63          	beq	a4,s1,80403bc4 <bget+0x74>
80403b72:	4840                	lw	s0,20(s0)
80403b74:	fef41ae3          	bne	s0,a5,80403b68 <bget+0x18>
80403b78:	4b80                	lw	s0,16(a5)
80403b7a:	00f41663          	bne	s0,a5,80403b86 <bget+0x36>
80403b7e:	a8a1                	j	80403bd6 <bget+0x86>
80403b80:	4800                	lw	s0,16(s0)
80403b82:	04f40a63          	beq	s0,a5,80403bd6 <bget+0x86>
80403b86:	4458                	lw	a4,12(s0)
80403b88:	ff65                	bnez	a4,80403b80 <bget+0x30>
80403b8a:	401c                	lw	a5,0(s0)
80403b8c:	ef81                	bnez	a5,80403ba4 <bget+0x54>
80403b8e:	4785                	li	a5,1
80403b90:	c404                	sw	s1,8(s0)
80403b92:	40b2                	lw	ra,12(sp)
80403b94:	00042023          	sw	zero,0(s0)
80403b98:	c45c                	sw	a5,12(s0)
80403b9a:	8522                	mv	a0,s0
80403b9c:	4422                	lw	s0,8(sp)
80403b9e:	4492                	lw	s1,4(sp)
80403ba0:	0141                	add	sp,sp,16
80403ba2:	8082                	ret
80403ba4:	405c                	lw	a5,4(s0)
80403ba6:	d7e5                	beqz	a5,80403b8e <bget+0x3e>
80403ba8:	4408                	lw	a0,8(s0)
80403baa:	01840613          	add	a2,s0,24
80403bae:	45a1                	li	a1,8
80403bb0:	050e                	sll	a0,a0,0x3
80403bb2:	2cd9                	jal	80403e88 <disk_write>
80403bb4:	804277b7          	lui	a5,0x80427
80403bb8:	4705                	li	a4,1
80403bba:	00042223          	sw	zero,4(s0)
80403bbe:	06e7a223          	sw	a4,100(a5) # 80427064 <unflushed>
80403bc2:	b7f1                	j	80403b8e <bget+0x3e>
80403bc4:	445c                	lw	a5,12(s0)
80403bc6:	40b2                	lw	ra,12(sp)
80403bc8:	8522                	mv	a0,s0
80403bca:	0785                	add	a5,a5,1
80403bcc:	c45c                	sw	a5,12(s0)
80403bce:	4422                	lw	s0,8(sp)
80403bd0:	4492                	lw	s1,4(sp)
80403bd2:	0141                	add	sp,sp,16
80403bd4:	8082                	ret
80403bd6:	80427537          	lui	a0,0x80427
80403bda:	ae850513          	add	a0,a0,-1304 # 80426ae8 <syscalls+0x148>
80403bde:	e87fd0ef          	jal	80401a64 <panic>

80403be2 <bio_init>:
80403be2:	804b16b7          	lui	a3,0x804b1
80403be6:	804b27b7          	lui	a5,0x804b2
80403bea:	00040637          	lui	a2,0x40
80403bee:	0e468713          	add	a4,a3,228 # 804b10e4 <lru>
80403bf2:	0fc78793          	add	a5,a5,252 # 804b20fc <bufs>
80403bf6:	60060613          	add	a2,a2,1536 # 40600 <_entry-0x803bfa00>
80403bfa:	6585                	lui	a1,0x1
80403bfc:	0e468513          	add	a0,a3,228
80403c00:	cb18                	sw	a4,16(a4)
80403c02:	963e                	add	a2,a2,a5
80403c04:	0e468693          	add	a3,a3,228
80403c08:	05e1                	add	a1,a1,24 # 1018 <_entry-0x803fefe8>
80403c0a:	cbd4                	sw	a3,20(a5)
80403c0c:	8736                	mv	a4,a3
80403c0e:	cb88                	sw	a0,16(a5)
80403c10:	86be                	mv	a3,a5
80403c12:	cb1c                	sw	a5,16(a4)
80403c14:	97ae                	add	a5,a5,a1
80403c16:	fec79ae3          	bne	a5,a2,80403c0a <bio_init+0x28>
80403c1a:	804f17b7          	lui	a5,0x804f1
80403c1e:	6e478793          	add	a5,a5,1764 # 804f16e4 <bufs+0x3f5e8>
80403c22:	c95c                	sw	a5,20(a0)
80403c24:	8082                	ret

80403c26 <bread>:
80403c26:	1141                	add	sp,sp,-16
80403c28:	c422                	sw	s0,8(sp)
80403c2a:	c226                	sw	s1,4(sp)
80403c2c:	c606                	sw	ra,12(sp)
80403c2e:	84aa                	mv	s1,a0
80403c30:	f21ff0ef          	jal	80403b50 <bget>
80403c34:	411c                	lw	a5,0(a0)
80403c36:	842a                	mv	s0,a0
80403c38:	c799                	beqz	a5,80403c46 <bread+0x20>
80403c3a:	40b2                	lw	ra,12(sp)
80403c3c:	8522                	mv	a0,s0
80403c3e:	4422                	lw	s0,8(sp)
80403c40:	4492                	lw	s1,4(sp)
80403c42:	0141                	add	sp,sp,16
80403c44:	8082                	ret
80403c46:	01850613          	add	a2,a0,24
80403c4a:	45a1                	li	a1,8
80403c4c:	00349513          	sll	a0,s1,0x3
80403c50:	2a75                	jal	80403e0c <disk_read>
80403c52:	4785                	li	a5,1
80403c54:	40b2                	lw	ra,12(sp)
80403c56:	c01c                	sw	a5,0(s0)
80403c58:	8522                	mv	a0,s0
80403c5a:	4422                	lw	s0,8(sp)
80403c5c:	4492                	lw	s1,4(sp)
80403c5e:	0141                	add	sp,sp,16
80403c60:	8082                	ret

80403c62 <bclear>:
80403c62:	1141                	add	sp,sp,-16
80403c64:	c606                	sw	ra,12(sp)
80403c66:	c422                	sw	s0,8(sp)
80403c68:	ee9ff0ef          	jal	80403b50 <bget>
80403c6c:	842a                	mv	s0,a0
80403c6e:	6605                	lui	a2,0x1
80403c70:	4581                	li	a1,0
80403c72:	0561                	add	a0,a0,24
80403c74:	e27fd0ef          	jal	80401a9a <memset>
80403c78:	4785                	li	a5,1
80403c7a:	40b2                	lw	ra,12(sp)
80403c7c:	c01c                	sw	a5,0(s0)
80403c7e:	c05c                	sw	a5,4(s0)
80403c80:	8522                	mv	a0,s0
80403c82:	4422                	lw	s0,8(sp)
80403c84:	0141                	add	sp,sp,16
80403c86:	8082                	ret

80403c88 <bdirty>:
80403c88:	4785                	li	a5,1
80403c8a:	c15c                	sw	a5,4(a0)
80403c8c:	8082                	ret

80403c8e <brelse>:
80403c8e:	455c                	lw	a5,12(a0)
80403c90:	02f05263          	blez	a5,80403cb4 <brelse+0x26>
80403c94:	4910                	lw	a2,16(a0)
80403c96:	4954                	lw	a3,20(a0)
80403c98:	17fd                	add	a5,a5,-1
80403c9a:	c55c                	sw	a5,12(a0)
80403c9c:	804b17b7          	lui	a5,0x804b1
80403ca0:	ca54                	sw	a3,20(a2)
80403ca2:	0e478793          	add	a5,a5,228 # 804b10e4 <lru>
80403ca6:	4bd8                	lw	a4,20(a5)
80403ca8:	ca90                	sw	a2,16(a3)
80403caa:	c91c                	sw	a5,16(a0)
80403cac:	c958                	sw	a4,20(a0)
80403cae:	cb08                	sw	a0,16(a4)
80403cb0:	cbc8                	sw	a0,20(a5)
80403cb2:	8082                	ret
80403cb4:	80427537          	lui	a0,0x80427
80403cb8:	1141                	add	sp,sp,-16
80403cba:	b0850513          	add	a0,a0,-1272 # 80426b08 <syscalls+0x168>
80403cbe:	c606                	sw	ra,12(sp)
80403cc0:	da5fd0ef          	jal	80401a64 <panic>

80403cc4 <bio_flush>:
80403cc4:	1101                	add	sp,sp,-32
80403cc6:	cc22                	sw	s0,24(sp)
80403cc8:	ca26                	sw	s1,20(sp)
80403cca:	c64e                	sw	s3,12(sp)
80403ccc:	804f24b7          	lui	s1,0x804f2
80403cd0:	804b29b7          	lui	s3,0x804b2
80403cd4:	6405                	lui	s0,0x1
80403cd6:	c452                	sw	s4,8(sp)
80403cd8:	c256                	sw	s5,4(sp)
80403cda:	ce06                	sw	ra,28(sp)
80403cdc:	c84a                	sw	s2,16(sp)
80403cde:	0fc98993          	add	s3,s3,252 # 804b20fc <bufs>
80403ce2:	6fc48493          	add	s1,s1,1788 # 804f26fc <bufs+0x40600>
80403ce6:	80427a37          	lui	s4,0x80427
80403cea:	0461                	add	s0,s0,24 # 1018 <_entry-0x803fefe8>
80403cec:	4a85                	li	s5,1
80403cee:	87ce                	mv	a5,s3
80403cf0:	4901                	li	s2,0
80403cf2:	4398                	lw	a4,0(a5)
80403cf4:	cb19                	beqz	a4,80403d0a <bio_flush+0x46>
80403cf6:	43d8                	lw	a4,4(a5)
80403cf8:	cb09                	beqz	a4,80403d0a <bio_flush+0x46>
80403cfa:	00090763          	beqz	s2,80403d08 <bio_flush+0x44>
80403cfe:	4794                	lw	a3,8(a5)
80403d00:	00892703          	lw	a4,8(s2)
80403d04:	00e6f363          	bgeu	a3,a4,80403d0a <bio_flush+0x46>
80403d08:	893e                	mv	s2,a5
80403d0a:	97a2                	add	a5,a5,s0
80403d0c:	fef493e3          	bne	s1,a5,80403cf2 <bio_flush+0x2e>
80403d10:	00090e63          	beqz	s2,80403d2c <bio_flush+0x68>
80403d14:	00892503          	lw	a0,8(s2)
80403d18:	01890613          	add	a2,s2,24
80403d1c:	45a1                	li	a1,8
80403d1e:	050e                	sll	a0,a0,0x3
80403d20:	22a5                	jal	80403e88 <disk_write>
80403d22:	00092223          	sw	zero,4(s2)
80403d26:	075a2223          	sw	s5,100(s4) # 80427064 <unflushed>
80403d2a:	b7d1                	j	80403cee <bio_flush+0x2a>
80403d2c:	064a2783          	lw	a5,100(s4)
80403d30:	eb91                	bnez	a5,80403d44 <bio_flush+0x80>
80403d32:	40f2                	lw	ra,28(sp)
80403d34:	4462                	lw	s0,24(sp)
80403d36:	44d2                	lw	s1,20(sp)
80403d38:	4942                	lw	s2,16(sp)
80403d3a:	49b2                	lw	s3,12(sp)
80403d3c:	4a22                	lw	s4,8(sp)
80403d3e:	4a92                	lw	s5,4(sp)
80403d40:	6105                	add	sp,sp,32
80403d42:	8082                	ret
80403d44:	2a7d                	jal	80403f02 <disk_flush>
80403d46:	060a2223          	sw	zero,100(s4)
80403d4a:	b7e5                	j	80403d32 <bio_flush+0x6e>

80403d4c <disk_wait>:
80403d4c:	804277b7          	lui	a5,0x80427
80403d50:	06c7a603          	lw	a2,108(a5) # 8042706c <disk_base>
80403d54:	00c60693          	add	a3,a2,12 # 100c <_entry-0x803feff4>
80403d58:	429c                	lw	a5,0(a3)
80403d5a:	0017f713          	and	a4,a5,1
80403d5e:	eb01                	bnez	a4,80403d6e <disk_wait+0x22>
80403d60:	0807f713          	and	a4,a5,128
80403d64:	fb75                	bnez	a4,80403d58 <disk_wait+0xc>
80403d66:	8fe9                	and	a5,a5,a0
80403d68:	fea798e3          	bne	a5,a0,80403d58 <disk_wait+0xc>
80403d6c:	8082                	ret
80403d6e:	4a10                	lw	a2,16(a2)
80403d70:	80427537          	lui	a0,0x80427
80403d74:	1141                	add	sp,sp,-16
80403d76:	b2050513          	add	a0,a0,-1248 # 80426b20 <syscalls+0x180>
80403d7a:	c606                	sw	ra,12(sp)
80403d7c:	ce9fd0ef          	jal	80401a64 <panic>

80403d80 <disk_command>:
80403d80:	1141                	add	sp,sp,-16
80403d82:	c422                	sw	s0,8(sp)
80403d84:	c226                	sw	s1,4(sp)
80403d86:	c606                	sw	ra,12(sp)
80403d88:	c04a                	sw	s2,0(sp)
80403d8a:	fff60713          	add	a4,a2,-1
80403d8e:	0ff00793          	li	a5,255
80403d92:	8432                	mv	s0,a2
80403d94:	84ae                	mv	s1,a1
80403d96:	04e7e263          	bltu	a5,a4,80403dda <disk_command+0x5a>
80403d9a:	804277b7          	lui	a5,0x80427
80403d9e:	0687a783          	lw	a5,104(a5) # 80427068 <capacity>
80403da2:	02b7ec63          	bltu	a5,a1,80403dda <disk_command+0x5a>
80403da6:	8f8d                	sub	a5,a5,a1
80403da8:	02c7e963          	bltu	a5,a2,80403dda <disk_command+0x5a>
80403dac:	804275b7          	lui	a1,0x80427
80403db0:	892a                	mv	s2,a0
80403db2:	b6c58593          	add	a1,a1,-1172 # 80426b6c <syscalls+0x1cc>
80403db6:	04000513          	li	a0,64
80403dba:	f93ff0ef          	jal	80403d4c <disk_wait>
80403dbe:	804277b7          	lui	a5,0x80427
80403dc2:	06c7a783          	lw	a5,108(a5) # 8042706c <disk_base>
80403dc6:	40b2                	lw	ra,12(sp)
80403dc8:	c3c0                	sw	s0,4(a5)
80403dca:	4422                	lw	s0,8(sp)
80403dcc:	c784                	sw	s1,8(a5)
80403dce:	0127a623          	sw	s2,12(a5)
80403dd2:	4492                	lw	s1,4(sp)
80403dd4:	4902                	lw	s2,0(sp)
80403dd6:	0141                	add	sp,sp,16
80403dd8:	8082                	ret
80403dda:	80427537          	lui	a0,0x80427
80403dde:	8622                	mv	a2,s0
80403de0:	85a6                	mv	a1,s1
80403de2:	b4050513          	add	a0,a0,-1216 # 80426b40 <syscalls+0x1a0>
80403de6:	c7ffd0ef          	jal	80401a64 <panic>

80403dea <disk_init>:
80403dea:	00052c23          	sw	zero,24(a0)
80403dee:	4958                	lw	a4,20(a0)
80403df0:	804277b7          	lui	a5,0x80427
80403df4:	06a7a623          	sw	a0,108(a5) # 8042706c <disk_base>
80403df8:	804277b7          	lui	a5,0x80427
80403dfc:	06e7a423          	sw	a4,104(a5) # 80427068 <capacity>
80403e00:	8082                	ret

80403e02 <disk_capacity>:
80403e02:	804277b7          	lui	a5,0x80427
80403e06:	0687a503          	lw	a0,104(a5) # 80427068 <capacity>
80403e0a:	8082                	ret

80403e0c <disk_read>:
80403e0c:	1101                	add	sp,sp,-32
80403e0e:	c452                	sw	s4,8(sp)
80403e10:	8a2e                	mv	s4,a1
80403e12:	ca26                	sw	s1,20(sp)
80403e14:	85aa                	mv	a1,a0
80403e16:	84b2                	mv	s1,a2
80403e18:	02000513          	li	a0,32
80403e1c:	8652                	mv	a2,s4
80403e1e:	ce06                	sw	ra,28(sp)
80403e20:	cc22                	sw	s0,24(sp)
80403e22:	c84a                	sw	s2,16(sp)
80403e24:	c64e                	sw	s3,12(sp)
80403e26:	c256                	sw	s5,4(sp)
80403e28:	f59ff0ef          	jal	80403d80 <disk_command>
80403e2c:	040a0b63          	beqz	s4,80403e82 <disk_read+0x76>
80403e30:	804277b7          	lui	a5,0x80427
80403e34:	06c7a903          	lw	s2,108(a5) # 8042706c <disk_base>
80403e38:	20048493          	add	s1,s1,512
80403e3c:	4981                	li	s3,0
80403e3e:	80427ab7          	lui	s5,0x80427
80403e42:	b74a8593          	add	a1,s5,-1164 # 80426b74 <syscalls+0x1d4>
80403e46:	4521                	li	a0,8
80403e48:	e0048413          	add	s0,s1,-512
80403e4c:	f01ff0ef          	jal	80403d4c <disk_wait>
80403e50:	00092783          	lw	a5,0(s2)
80403e54:	0411                	add	s0,s0,4
80403e56:	fef42e23          	sw	a5,-4(s0)
80403e5a:	fe941be3          	bne	s0,s1,80403e50 <disk_read+0x44>
80403e5e:	0985                	add	s3,s3,1
80403e60:	20048493          	add	s1,s1,512
80403e64:	fd3a1fe3          	bne	s4,s3,80403e42 <disk_read+0x36>
80403e68:	4462                	lw	s0,24(sp)
80403e6a:	40f2                	lw	ra,28(sp)
80403e6c:	44d2                	lw	s1,20(sp)
80403e6e:	4942                	lw	s2,16(sp)
80403e70:	49b2                	lw	s3,12(sp)
80403e72:	4a22                	lw	s4,8(sp)
80403e74:	b74a8593          	add	a1,s5,-1164
80403e78:	4a92                	lw	s5,4(sp)
80403e7a:	4501                	li	a0,0
80403e7c:	6105                	add	sp,sp,32
80403e7e:	ecfff06f          	j	80403d4c <disk_wait>
80403e82:	80427ab7          	lui	s5,0x80427
80403e86:	b7cd                	j	80403e68 <disk_read+0x5c>

80403e88 <disk_write>:
80403e88:	1101                	add	sp,sp,-32
80403e8a:	c452                	sw	s4,8(sp)
80403e8c:	8a2e                	mv	s4,a1
80403e8e:	ca26                	sw	s1,20(sp)
80403e90:	85aa                	mv	a1,a0
80403e92:	84b2                	mv	s1,a2
80403e94:	03000513          	li	a0,48
80403e98:	8652                	mv	a2,s4
80403e9a:	ce06                	sw	ra,28(sp)
80403e9c:	cc22                	sw	s0,24(sp)
80403e9e:	c84a                	sw	s2,16(sp)
80403ea0:	c64e                	sw	s3,12(sp)
80403ea2:	c256                	sw	s5,4(sp)
80403ea4:	eddff0ef          	jal	80403d80 <disk_command>
80403ea8:	040a0a63          	beqz	s4,80403efc <disk_write+0x74>
80403eac:	804277b7          	lui	a5,0x80427
80403eb0:	06c7a903          	lw	s2,108(a5) # 8042706c <disk_base>
80403eb4:	20048493          	add	s1,s1,512
80403eb8:	4981                	li	s3,0
80403eba:	80427ab7          	lui	s5,0x80427
80403ebe:	b7ca8593          	add	a1,s5,-1156 # 80426b7c <syscalls+0x1dc>
80403ec2:	4521                	li	a0,8
80403ec4:	e0048413          	add	s0,s1,-512
80403ec8:	e85ff0ef          	jal	80403d4c <disk_wait>
80403ecc:	401c                	lw	a5,0(s0)
80403ece:	0411                	add	s0,s0,4
80403ed0:	00f92023          	sw	a5,0(s2)
80403ed4:	fe941ce3          	bne	s0,s1,80403ecc <disk_write+0x44>
80403ed8:	0985                	add	s3,s3,1
80403eda:	20048493          	add	s1,s1,512
80403ede:	ff3a10e3          	bne	s4,s3,80403ebe <disk_write+0x36>
80403ee2:	4462                	lw	s0,24(sp)
80403ee4:	40f2                	lw	ra,28(sp)
80403ee6:	44d2                	lw	s1,20(sp)
80403ee8:	4942                	lw	s2,16(sp)
80403eea:	49b2                	lw	s3,12(sp)
80403eec:	4a22                	lw	s4,8(sp)
80403eee:	b7ca8593          	add	a1,s5,-1156
80403ef2:	4a92                	lw	s5,4(sp)
80403ef4:	4501                	li	a0,0
80403ef6:	6105                	add	sp,sp,32
80403ef8:	e55ff06f          	j	80403d4c <disk_wait>
80403efc:	80427ab7          	lui	s5,0x80427
80403f00:	b7cd                	j	80403ee2 <disk_write+0x5a>

80403f02 <disk_flush>:
80403f02:	804275b7          	lui	a1,0x80427
80403f06:	1141                	add	sp,sp,-16
80403f08:	b6c58593          	add	a1,a1,-1172 # 80426b6c <syscalls+0x1cc>
80403f0c:	04000513          	li	a0,64
80403f10:	c606                	sw	ra,12(sp)
80403f12:	e3bff0ef          	jal	80403d4c <disk_wait>
80403f16:	804277b7          	lui	a5,0x80427
80403f1a:	06c7a783          	lw	a5,108(a5) # 8042706c <disk_base>
80403f1e:	40b2                	lw	ra,12(sp)
80403f20:	0e700713          	li	a4,231
80403f24:	c7d8                	sw	a4,12(a5)
80403f26:	804275b7          	lui	a1,0x80427
80403f2a:	b8458593          	add	a1,a1,-1148 # 80426b84 <syscalls+0x1e4>
80403f2e:	4501                	li	a0,0
80403f30:	0141                	add	sp,sp,16
80403f32:	e1bff06f          	j	80403d4c <disk_wait>

80403f36 <__udivdi3>:
80403f36:	88aa                	mv	a7,a0
80403f38:	832e                	mv	t1,a1
80403f3a:	8732                	mv	a4,a2
80403f3c:	882a                	mv	a6,a0
80403f3e:	87ae                	mv	a5,a1
80403f40:	20069663          	bnez	a3,8040414c <__udivdi3+0x216>
80403f44:	00023597          	auipc	a1,0x23
80403f48:	c4858593          	add	a1,a1,-952 # 80426b8c <__clz_tab>
80403f4c:	0cc37163          	bgeu	t1,a2,8040400e <__udivdi3+0xd8>
80403f50:	66c1                	lui	a3,0x10
80403f52:	0ad67763          	bgeu	a2,a3,80404000 <__udivdi3+0xca>
80403f56:	10063693          	sltiu	a3,a2,256
80403f5a:	0016c693          	xor	a3,a3,1
80403f5e:	068e                	sll	a3,a3,0x3
80403f60:	00d65533          	srl	a0,a2,a3
80403f64:	95aa                	add	a1,a1,a0
80403f66:	0005c583          	lbu	a1,0(a1)
80403f6a:	02000513          	li	a0,32
80403f6e:	96ae                	add	a3,a3,a1
80403f70:	40d505b3          	sub	a1,a0,a3
80403f74:	00d50b63          	beq	a0,a3,80403f8a <__udivdi3+0x54>
80403f78:	00b317b3          	sll	a5,t1,a1
80403f7c:	00d8d6b3          	srl	a3,a7,a3
80403f80:	00b61733          	sll	a4,a2,a1
80403f84:	8fd5                	or	a5,a5,a3
80403f86:	00b89833          	sll	a6,a7,a1
80403f8a:	01075593          	srl	a1,a4,0x10
80403f8e:	02b7d333          	divu	t1,a5,a1
80403f92:	01071613          	sll	a2,a4,0x10
80403f96:	8241                	srl	a2,a2,0x10
80403f98:	02b7f7b3          	remu	a5,a5,a1
80403f9c:	851a                	mv	a0,t1
80403f9e:	026608b3          	mul	a7,a2,t1
80403fa2:	01079693          	sll	a3,a5,0x10
80403fa6:	01085793          	srl	a5,a6,0x10
80403faa:	8fd5                	or	a5,a5,a3
80403fac:	0117fc63          	bgeu	a5,a7,80403fc4 <__udivdi3+0x8e>
80403fb0:	97ba                	add	a5,a5,a4
80403fb2:	fff30513          	add	a0,t1,-1 # bffffff <_entry-0x74400001>
80403fb6:	00e7e763          	bltu	a5,a4,80403fc4 <__udivdi3+0x8e>
80403fba:	0117f563          	bgeu	a5,a7,80403fc4 <__udivdi3+0x8e>
80403fbe:	ffe30513          	add	a0,t1,-2
80403fc2:	97ba                	add	a5,a5,a4
80403fc4:	411787b3          	sub	a5,a5,a7
80403fc8:	02b7d8b3          	divu	a7,a5,a1
80403fcc:	0842                	sll	a6,a6,0x10
80403fce:	01085813          	srl	a6,a6,0x10
80403fd2:	02b7f7b3          	remu	a5,a5,a1
80403fd6:	031606b3          	mul	a3,a2,a7
80403fda:	07c2                	sll	a5,a5,0x10
80403fdc:	00f86833          	or	a6,a6,a5
80403fe0:	87c6                	mv	a5,a7
80403fe2:	00d87b63          	bgeu	a6,a3,80403ff8 <__udivdi3+0xc2>
80403fe6:	983a                	add	a6,a6,a4
80403fe8:	fff88793          	add	a5,a7,-1
80403fec:	00e86663          	bltu	a6,a4,80403ff8 <__udivdi3+0xc2>
80403ff0:	00d87463          	bgeu	a6,a3,80403ff8 <__udivdi3+0xc2>
80403ff4:	ffe88793          	add	a5,a7,-2
80403ff8:	0542                	sll	a0,a0,0x10
80403ffa:	8d5d                	or	a0,a0,a5
80403ffc:	4581                	li	a1,0
80403ffe:	8082                	ret
80404000:	01000537          	lui	a0,0x1000
80404004:	46c1                	li	a3,16
80404006:	f4a66de3          	bltu	a2,a0,80403f60 <__udivdi3+0x2a>
8040400a:	46e1                	li	a3,24
8040400c:	bf91                	j	80403f60 <__udivdi3+0x2a>
8040400e:	4681                	li	a3,0
80404010:	ca09                	beqz	a2,80404022 <__udivdi3+0xec>
80404012:	67c1                	lui	a5,0x10
80404014:	08f67f63          	bgeu	a2,a5,804040b2 <__udivdi3+0x17c>
80404018:	10063693          	sltiu	a3,a2,256
8040401c:	0016c693          	xor	a3,a3,1
80404020:	068e                	sll	a3,a3,0x3
80404022:	00d657b3          	srl	a5,a2,a3
80404026:	95be                	add	a1,a1,a5
80404028:	0005c783          	lbu	a5,0(a1)
8040402c:	97b6                	add	a5,a5,a3
8040402e:	02000693          	li	a3,32
80404032:	40f685b3          	sub	a1,a3,a5
80404036:	08f69563          	bne	a3,a5,804040c0 <__udivdi3+0x18a>
8040403a:	40c307b3          	sub	a5,t1,a2
8040403e:	4585                	li	a1,1
80404040:	01075893          	srl	a7,a4,0x10
80404044:	0317de33          	divu	t3,a5,a7
80404048:	01071613          	sll	a2,a4,0x10
8040404c:	8241                	srl	a2,a2,0x10
8040404e:	01085693          	srl	a3,a6,0x10
80404052:	0317f7b3          	remu	a5,a5,a7
80404056:	8572                	mv	a0,t3
80404058:	03c60333          	mul	t1,a2,t3
8040405c:	07c2                	sll	a5,a5,0x10
8040405e:	8fd5                	or	a5,a5,a3
80404060:	0067fc63          	bgeu	a5,t1,80404078 <__udivdi3+0x142>
80404064:	97ba                	add	a5,a5,a4
80404066:	fffe0513          	add	a0,t3,-1
8040406a:	00e7e763          	bltu	a5,a4,80404078 <__udivdi3+0x142>
8040406e:	0067f563          	bgeu	a5,t1,80404078 <__udivdi3+0x142>
80404072:	ffee0513          	add	a0,t3,-2
80404076:	97ba                	add	a5,a5,a4
80404078:	406787b3          	sub	a5,a5,t1
8040407c:	0317d333          	divu	t1,a5,a7
80404080:	0842                	sll	a6,a6,0x10
80404082:	01085813          	srl	a6,a6,0x10
80404086:	0317f7b3          	remu	a5,a5,a7
8040408a:	026606b3          	mul	a3,a2,t1
8040408e:	07c2                	sll	a5,a5,0x10
80404090:	00f86833          	or	a6,a6,a5
80404094:	879a                	mv	a5,t1
80404096:	00d87b63          	bgeu	a6,a3,804040ac <__udivdi3+0x176>
8040409a:	983a                	add	a6,a6,a4
8040409c:	fff30793          	add	a5,t1,-1
804040a0:	00e86663          	bltu	a6,a4,804040ac <__udivdi3+0x176>
804040a4:	00d87463          	bgeu	a6,a3,804040ac <__udivdi3+0x176>
804040a8:	ffe30793          	add	a5,t1,-2
804040ac:	0542                	sll	a0,a0,0x10
804040ae:	8d5d                	or	a0,a0,a5
804040b0:	8082                	ret
804040b2:	010007b7          	lui	a5,0x1000
804040b6:	46c1                	li	a3,16
804040b8:	f6f665e3          	bltu	a2,a5,80404022 <__udivdi3+0xec>
804040bc:	46e1                	li	a3,24
804040be:	b795                	j	80404022 <__udivdi3+0xec>
804040c0:	00b61733          	sll	a4,a2,a1
804040c4:	00f356b3          	srl	a3,t1,a5
804040c8:	01075513          	srl	a0,a4,0x10
804040cc:	00b31333          	sll	t1,t1,a1
804040d0:	00f8d7b3          	srl	a5,a7,a5
804040d4:	0067e7b3          	or	a5,a5,t1
804040d8:	02a6d333          	divu	t1,a3,a0
804040dc:	01071613          	sll	a2,a4,0x10
804040e0:	8241                	srl	a2,a2,0x10
804040e2:	00b89833          	sll	a6,a7,a1
804040e6:	02a6f6b3          	remu	a3,a3,a0
804040ea:	026608b3          	mul	a7,a2,t1
804040ee:	01069593          	sll	a1,a3,0x10
804040f2:	0107d693          	srl	a3,a5,0x10
804040f6:	8ecd                	or	a3,a3,a1
804040f8:	859a                	mv	a1,t1
804040fa:	0116fc63          	bgeu	a3,a7,80404112 <__udivdi3+0x1dc>
804040fe:	96ba                	add	a3,a3,a4
80404100:	fff30593          	add	a1,t1,-1
80404104:	00e6e763          	bltu	a3,a4,80404112 <__udivdi3+0x1dc>
80404108:	0116f563          	bgeu	a3,a7,80404112 <__udivdi3+0x1dc>
8040410c:	ffe30593          	add	a1,t1,-2
80404110:	96ba                	add	a3,a3,a4
80404112:	411686b3          	sub	a3,a3,a7
80404116:	02a6d8b3          	divu	a7,a3,a0
8040411a:	07c2                	sll	a5,a5,0x10
8040411c:	83c1                	srl	a5,a5,0x10
8040411e:	02a6f6b3          	remu	a3,a3,a0
80404122:	03160633          	mul	a2,a2,a7
80404126:	06c2                	sll	a3,a3,0x10
80404128:	8fd5                	or	a5,a5,a3
8040412a:	86c6                	mv	a3,a7
8040412c:	00c7fc63          	bgeu	a5,a2,80404144 <__udivdi3+0x20e>
80404130:	97ba                	add	a5,a5,a4
80404132:	fff88693          	add	a3,a7,-1
80404136:	00e7e763          	bltu	a5,a4,80404144 <__udivdi3+0x20e>
8040413a:	00c7f563          	bgeu	a5,a2,80404144 <__udivdi3+0x20e>
8040413e:	ffe88693          	add	a3,a7,-2
80404142:	97ba                	add	a5,a5,a4
80404144:	05c2                	sll	a1,a1,0x10
80404146:	8f91                	sub	a5,a5,a2
80404148:	8dd5                	or	a1,a1,a3
8040414a:	bddd                	j	80404040 <__udivdi3+0x10a>
8040414c:	14d5e163          	bltu	a1,a3,8040428e <__udivdi3+0x358>
80404150:	67c1                	lui	a5,0x10
80404152:	02f6ff63          	bgeu	a3,a5,80404190 <__udivdi3+0x25a>
80404156:	1006b713          	sltiu	a4,a3,256
8040415a:	00174713          	xor	a4,a4,1
8040415e:	070e                	sll	a4,a4,0x3
80404160:	00e6d5b3          	srl	a1,a3,a4
80404164:	00023797          	auipc	a5,0x23
80404168:	a2878793          	add	a5,a5,-1496 # 80426b8c <__clz_tab>
8040416c:	97ae                	add	a5,a5,a1
8040416e:	0007c783          	lbu	a5,0(a5)
80404172:	97ba                	add	a5,a5,a4
80404174:	02000713          	li	a4,32
80404178:	40f705b3          	sub	a1,a4,a5
8040417c:	02f71163          	bne	a4,a5,8040419e <__udivdi3+0x268>
80404180:	4505                	li	a0,1
80404182:	e666eee3          	bltu	a3,t1,80403ffe <__udivdi3+0xc8>
80404186:	00c8b533          	sltu	a0,a7,a2
8040418a:	00154513          	xor	a0,a0,1
8040418e:	8082                	ret
80404190:	010007b7          	lui	a5,0x1000
80404194:	4741                	li	a4,16
80404196:	fcf6e5e3          	bltu	a3,a5,80404160 <__udivdi3+0x22a>
8040419a:	4761                	li	a4,24
8040419c:	b7d1                	j	80404160 <__udivdi3+0x22a>
8040419e:	00f65733          	srl	a4,a2,a5
804041a2:	00b696b3          	sll	a3,a3,a1
804041a6:	8ed9                	or	a3,a3,a4
804041a8:	00f35733          	srl	a4,t1,a5
804041ac:	00b31333          	sll	t1,t1,a1
804041b0:	00f8d7b3          	srl	a5,a7,a5
804041b4:	0067e7b3          	or	a5,a5,t1
804041b8:	0106d313          	srl	t1,a3,0x10
804041bc:	02675eb3          	divu	t4,a4,t1
804041c0:	01069813          	sll	a6,a3,0x10
804041c4:	01085813          	srl	a6,a6,0x10
804041c8:	00b61633          	sll	a2,a2,a1
804041cc:	02677733          	remu	a4,a4,t1
804041d0:	03d80e33          	mul	t3,a6,t4
804041d4:	01071513          	sll	a0,a4,0x10
804041d8:	0107d713          	srl	a4,a5,0x10
804041dc:	8f49                	or	a4,a4,a0
804041de:	8576                	mv	a0,t4
804041e0:	01c77c63          	bgeu	a4,t3,804041f8 <__udivdi3+0x2c2>
804041e4:	9736                	add	a4,a4,a3
804041e6:	fffe8513          	add	a0,t4,-1
804041ea:	00d76763          	bltu	a4,a3,804041f8 <__udivdi3+0x2c2>
804041ee:	01c77563          	bgeu	a4,t3,804041f8 <__udivdi3+0x2c2>
804041f2:	ffee8513          	add	a0,t4,-2
804041f6:	9736                	add	a4,a4,a3
804041f8:	41c70733          	sub	a4,a4,t3
804041fc:	02675e33          	divu	t3,a4,t1
80404200:	07c2                	sll	a5,a5,0x10
80404202:	83c1                	srl	a5,a5,0x10
80404204:	02677733          	remu	a4,a4,t1
80404208:	03c80833          	mul	a6,a6,t3
8040420c:	0742                	sll	a4,a4,0x10
8040420e:	8fd9                	or	a5,a5,a4
80404210:	8772                	mv	a4,t3
80404212:	0107fc63          	bgeu	a5,a6,8040422a <__udivdi3+0x2f4>
80404216:	97b6                	add	a5,a5,a3
80404218:	fffe0713          	add	a4,t3,-1
8040421c:	00d7e763          	bltu	a5,a3,8040422a <__udivdi3+0x2f4>
80404220:	0107f563          	bgeu	a5,a6,8040422a <__udivdi3+0x2f4>
80404224:	ffee0713          	add	a4,t3,-2
80404228:	97b6                	add	a5,a5,a3
8040422a:	0542                	sll	a0,a0,0x10
8040422c:	6e41                	lui	t3,0x10
8040422e:	8d59                	or	a0,a0,a4
80404230:	fffe0693          	add	a3,t3,-1 # ffff <_entry-0x803f0001>
80404234:	00d57733          	and	a4,a0,a3
80404238:	410787b3          	sub	a5,a5,a6
8040423c:	8ef1                	and	a3,a3,a2
8040423e:	01055813          	srl	a6,a0,0x10
80404242:	8241                	srl	a2,a2,0x10
80404244:	02d70333          	mul	t1,a4,a3
80404248:	02d806b3          	mul	a3,a6,a3
8040424c:	02c70733          	mul	a4,a4,a2
80404250:	02c80833          	mul	a6,a6,a2
80404254:	00d70633          	add	a2,a4,a3
80404258:	01035713          	srl	a4,t1,0x10
8040425c:	9732                	add	a4,a4,a2
8040425e:	00d77363          	bgeu	a4,a3,80404264 <__udivdi3+0x32e>
80404262:	9872                	add	a6,a6,t3
80404264:	01075693          	srl	a3,a4,0x10
80404268:	96c2                	add	a3,a3,a6
8040426a:	02d7e063          	bltu	a5,a3,8040428a <__udivdi3+0x354>
8040426e:	d8d797e3          	bne	a5,a3,80403ffc <__udivdi3+0xc6>
80404272:	67c1                	lui	a5,0x10
80404274:	17fd                	add	a5,a5,-1 # ffff <_entry-0x803f0001>
80404276:	8f7d                	and	a4,a4,a5
80404278:	0742                	sll	a4,a4,0x10
8040427a:	00f37333          	and	t1,t1,a5
8040427e:	00b898b3          	sll	a7,a7,a1
80404282:	971a                	add	a4,a4,t1
80404284:	4581                	li	a1,0
80404286:	d6e8fce3          	bgeu	a7,a4,80403ffe <__udivdi3+0xc8>
8040428a:	157d                	add	a0,a0,-1 # ffffff <_entry-0x7f400001>
8040428c:	bb85                	j	80403ffc <__udivdi3+0xc6>
8040428e:	4581                	li	a1,0
80404290:	4501                	li	a0,0
80404292:	8082                	ret

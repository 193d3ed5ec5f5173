
build/kernel-pv.elf:     file format elf32-littleriscv


Disassembly of section .text:

80400000 <_entry>:
80400000:	0002c117          	auipc	sp,0x2c
80400004:	0a010113          	add	sp,sp,160 # 8042c0a0 <lru>
80400008:	00028297          	auipc	t0,0x28
8040000c:	01828293          	add	t0,t0,24 # 80428020 <unflushed>
80400010:	000f8317          	auipc	t1,0xf8
80400014:	90030313          	add	t1,t1,-1792 # 804f7910 <bss_end>
80400018:	0062f663          	bgeu	t0,t1,80400024 <_entry+0x24>
8040001c:	0002a023          	sw	zero,0(t0)
80400020:	0291                	add	t0,t0,4
80400022:	bfdd                	j	80400018 <_entry+0x18>
80400024:	2b8030ef          	jal	804032dc <pv_main>
80400028:	a001                	j	80400028 <_entry+0x28>

8040002a <bget>:
8040002a:	8042c7b7          	lui	a5,0x8042c
8040002e:	1141                	add	sp,sp,-16
80400030:	0a078793          	add	a5,a5,160 # 8042c0a0 <lru>
80400034:	c422                	sw	s0,8(sp)
80400036:	4bc0                	lw	s0,20(a5)
80400038:	c226                	sw	s1,4(sp)
8040003a:	c606                	sw	ra,12(sp)
8040003c:	84aa                	mv	s1,a0
8040003e:	00f40a63          	beq	s0,a5,80400052 <bget+0x28>
80400042:	4018                	lw	a4,0(s0)
80400044:	c701                	beqz	a4,8040004c <bget+0x22>
80400046:	4418                	lw	a4,8(s0)
80400048:	04970c63          	beq	a4,s1,804000a0 <bget+0x76>
8040004c:	4840                	lw	s0,20(s0)
8040004e:	fef41ae3          	bne	s0,a5,80400042 <bget+0x18>
80400052:	4b80                	lw	s0,16(a5)
80400054:	00f41663          	bne	s0,a5,80400060 <bget+0x36>
80400058:	a8a9                	j	804000b2 <bget+0x88>
8040005a:	4800                	lw	s0,16(s0)
8040005c:	04f40b63          	beq	s0,a5,804000b2 <bget+0x88>
80400060:	4458                	lw	a4,12(s0)
80400062:	ff65                	bnez	a4,8040005a <bget+0x30>
80400064:	401c                	lw	a5,0(s0)
80400066:	ef81                	bnez	a5,8040007e <bget+0x54>
80400068:	4785                	li	a5,1
8040006a:	c404                	sw	s1,8(s0)
8040006c:	40b2                	lw	ra,12(sp)
8040006e:	00042023          	sw	zero,0(s0)
80400072:	c45c                	sw	a5,12(s0)
80400074:	8522                	mv	a0,s0
80400076:	4422                	lw	s0,8(sp)
80400078:	4492                	lw	s1,4(sp)
8040007a:	0141                	add	sp,sp,16
8040007c:	8082                	ret
8040007e:	405c                	lw	a5,4(s0)
80400080:	d7e5                	beqz	a5,80400068 <bget+0x3e>
80400082:	4408                	lw	a0,8(s0)
80400084:	01840613          	add	a2,s0,24
80400088:	45a1                	li	a1,8
8040008a:	050e                	sll	a0,a0,0x3
8040008c:	198030ef          	jal	80403224 <disk_write>
80400090:	804287b7          	lui	a5,0x80428
80400094:	4705                	li	a4,1
80400096:	00042223          	sw	zero,4(s0)
8040009a:	02e7a023          	sw	a4,32(a5) # 80428020 <unflushed>
8040009e:	b7e9                	j	80400068 <bget+0x3e>
804000a0:	445c                	lw	a5,12(s0)
804000a2:	40b2                	lw	ra,12(sp)
804000a4:	8522                	mv	a0,s0
804000a6:	0785                	add	a5,a5,1
804000a8:	c45c                	sw	a5,12(s0)
804000aa:	4422                	lw	s0,8(sp)
804000ac:	4492                	lw	s1,4(sp)
804000ae:	0141                	add	sp,sp,16
804000b0:	8082                	ret
804000b2:	80406537          	lui	a0,0x80406
804000b6:	00050513          	mv	a0,a0
804000ba:	3ab010ef          	jal	80401c64 <panic>

804000be <bio_init>:
804000be:	8042c6b7          	lui	a3,0x8042c
804000c2:	8042d7b7          	lui	a5,0x8042d
804000c6:	00040637          	lui	a2,0x40
804000ca:	0a068713          	add	a4,a3,160 # 8042c0a0 <lru>
804000ce:	0b878793          	add	a5,a5,184 # 8042d0b8 <bufs>
804000d2:	60060613          	add	a2,a2,1536 # 40600 <_entry-0x803bfa00>
804000d6:	6585                	lui	a1,0x1
804000d8:	0a068513          	add	a0,a3,160
804000dc:	cb18                	sw	a4,16(a4)
804000de:	963e                	add	a2,a2,a5
804000e0:	0a068693          	add	a3,a3,160
804000e4:	05e1                	add	a1,a1,24 # 1018 <_entry-0x803fefe8>
804000e6:	cbd4                	sw	a3,20(a5)
804000e8:	8736                	mv	a4,a3
804000ea:	cb88                	sw	a0,16(a5)
804000ec:	86be                	mv	a3,a5
804000ee:	cb1c                	sw	a5,16(a4)
804000f0:	97ae                	add	a5,a5,a1
804000f2:	fec79ae3          	bne	a5,a2,804000e6 <bio_init+0x28>
804000f6:	8046c7b7          	lui	a5,0x8046c
804000fa:	6a078793          	add	a5,a5,1696 # 8046c6a0 <bufs+0x3f5e8>
804000fe:	c95c                	sw	a5,20(a0)
80400100:	8082                	ret

80400102 <bread>:
80400102:	1141                	add	sp,sp,-16
80400104:	c422                	sw	s0,8(sp)
80400106:	c226                	sw	s1,4(sp)
80400108:	c606                	sw	ra,12(sp)
8040010a:	84aa                	mv	s1,a0
8040010c:	3f39                	jal	8040002a <bget>
8040010e:	411c                	lw	a5,0(a0)
80400110:	842a                	mv	s0,a0
80400112:	c799                	beqz	a5,80400120 <bread+0x1e>
80400114:	40b2                	lw	ra,12(sp)
80400116:	8522                	mv	a0,s0
80400118:	4422                	lw	s0,8(sp)
8040011a:	4492                	lw	s1,4(sp)
8040011c:	0141                	add	sp,sp,16
8040011e:	8082                	ret
80400120:	01850613          	add	a2,a0,24 # 80406018 <__udivdi3+0x10ec>
80400124:	45a1                	li	a1,8
80400126:	00349513          	sll	a0,s1,0x3
8040012a:	09c030ef          	jal	804031c6 <disk_read>
8040012e:	4785                	li	a5,1
80400130:	40b2                	lw	ra,12(sp)
80400132:	c01c                	sw	a5,0(s0)
80400134:	8522                	mv	a0,s0
80400136:	4422                	lw	s0,8(sp)
80400138:	4492                	lw	s1,4(sp)
8040013a:	0141                	add	sp,sp,16
8040013c:	8082                	ret

8040013e <bclear>:
8040013e:	1141                	add	sp,sp,-16
80400140:	c606                	sw	ra,12(sp)
80400142:	c422                	sw	s0,8(sp)
80400144:	35dd                	jal	8040002a <bget>
80400146:	842a                	mv	s0,a0
80400148:	6605                	lui	a2,0x1
8040014a:	4581                	li	a1,0
8040014c:	0561                	add	a0,a0,24
8040014e:	0d6020ef          	jal	80402224 <memset>
80400152:	4785                	li	a5,1
80400154:	40b2                	lw	ra,12(sp)
80400156:	c01c                	sw	a5,0(s0)
80400158:	c05c                	sw	a5,4(s0)
8040015a:	8522                	mv	a0,s0
8040015c:	4422                	lw	s0,8(sp)
8040015e:	0141                	add	sp,sp,16
80400160:	8082                	ret

80400162 <bdirty>:
80400162:	4785                	li	a5,1
80400164:	c15c                	sw	a5,4(a0)
80400166:	8082                	ret

80400168 <brelse>:
80400168:	455c                	lw	a5,12(a0)
8040016a:	02f05263          	blez	a5,8040018e <brelse+0x26>
8040016e:	4910                	lw	a2,16(a0)
80400170:	4954                	lw	a3,20(a0)
80400172:	17fd                	add	a5,a5,-1
80400174:	c55c                	sw	a5,12(a0)
80400176:	8042c7b7          	lui	a5,0x8042c
8040017a:	ca54                	sw	a3,20(a2)
8040017c:	0a078793          	add	a5,a5,160 # 8042c0a0 <lru>
80400180:	4bd8                	lw	a4,20(a5)
80400182:	ca90                	sw	a2,16(a3)
80400184:	c91c                	sw	a5,16(a0)
80400186:	c958                	sw	a4,20(a0)
80400188:	cb08                	sw	a0,16(a4)
8040018a:	cbc8                	sw	a0,20(a5)
8040018c:	8082                	ret
8040018e:	80406537          	lui	a0,0x80406
80400192:	1141                	add	sp,sp,-16
80400194:	02050513          	add	a0,a0,32 # 80406020 <__udivdi3+0x10f4>
80400198:	c606                	sw	ra,12(sp)
8040019a:	2cb010ef          	jal	80401c64 <panic>

8040019e <bio_flush>:
8040019e:	1101                	add	sp,sp,-32
804001a0:	cc22                	sw	s0,24(sp)
804001a2:	ca26                	sw	s1,20(sp)
804001a4:	c64e                	sw	s3,12(sp)
804001a6:	8046d4b7          	lui	s1,0x8046d
804001aa:	8042d9b7          	lui	s3,0x8042d
804001ae:	6405                	lui	s0,0x1
804001b0:	c452                	sw	s4,8(sp)
804001b2:	c256                	sw	s5,4(sp)
804001b4:	ce06                	sw	ra,28(sp)
804001b6:	c84a                	sw	s2,16(sp)
804001b8:	0b898993          	add	s3,s3,184 # 8042d0b8 <bufs>
804001bc:	6b848493          	add	s1,s1,1720 # 8046d6b8 <cons>
804001c0:	80428a37          	lui	s4,0x80428
804001c4:	0461                	add	s0,s0,24 # 1018 <_entry-0x803fefe8>
804001c6:	4a85                	li	s5,1
804001c8:	87ce                	mv	a5,s3
804001ca:	4901                	li	s2,0
804001cc:	4398                	lw	a4,0(a5)
804001ce:	cb19                	beqz	a4,804001e4 <bio_flush+0x46>
804001d0:	43d8                	lw	a4,4(a5)
804001d2:	cb09                	beqz	a4,804001e4 <bio_flush+0x46>
804001d4:	00090763          	beqz	s2,804001e2 <bio_flush+0x44>
804001d8:	4794                	lw	a3,8(a5)
804001da:	00892703          	lw	a4,8(s2)
804001de:	00e6f363          	bgeu	a3,a4,804001e4 <bio_flush+0x46>
804001e2:	893e                	mv	s2,a5
804001e4:	97a2                	add	a5,a5,s0
804001e6:	fef493e3          	bne	s1,a5,804001cc <bio_flush+0x2e>
804001ea:	00090f63          	beqz	s2,80400208 <bio_flush+0x6a>
804001ee:	00892503          	lw	a0,8(s2)
804001f2:	01890613          	add	a2,s2,24
804001f6:	45a1                	li	a1,8
804001f8:	050e                	sll	a0,a0,0x3
804001fa:	02a030ef          	jal	80403224 <disk_write>
804001fe:	00092223          	sw	zero,4(s2)
80400202:	035a2023          	sw	s5,32(s4) # 80428020 <unflushed>
80400206:	b7c9                	j	804001c8 <bio_flush+0x2a>
80400208:	020a2783          	lw	a5,32(s4)
8040020c:	eb91                	bnez	a5,80400220 <bio_flush+0x82>
8040020e:	40f2                	lw	ra,28(sp)
80400210:	4462                	lw	s0,24(sp)
80400212:	44d2                	lw	s1,20(sp)
80400214:	4942                	lw	s2,16(sp)
80400216:	49b2                	lw	s3,12(sp)
80400218:	4a22                	lw	s4,8(sp)
8040021a:	4a92                	lw	s5,4(sp)
8040021c:	6105                	add	sp,sp,32
8040021e:	8082                	ret
80400220:	062030ef          	jal	80403282 <disk_flush>
80400224:	020a2023          	sw	zero,32(s4)
80400228:	b7dd                	j	8040020e <bio_flush+0x70>

8040022a <console_room>:
8040022a:	8046d7b7          	lui	a5,0x8046d
8040022e:	6b878793          	add	a5,a5,1720 # 8046d6b8 <cons>
80400232:	2007a703          	lw	a4,512(a5)
80400236:	2047a503          	lw	a0,516(a5)
8040023a:	20070713          	add	a4,a4,512
8040023e:	40a70533          	sub	a0,a4,a0
80400242:	8082                	ret

80400244 <console_input>:
80400244:	8046d737          	lui	a4,0x8046d
80400248:	6b870693          	add	a3,a4,1720 # 8046d6b8 <cons>
8040024c:	2046a783          	lw	a5,516(a3)
80400250:	862a                	mv	a2,a0
80400252:	6b870513          	add	a0,a4,1720
80400256:	1ff7f713          	and	a4,a5,511
8040025a:	9736                	add	a4,a4,a3
8040025c:	0785                	add	a5,a5,1
8040025e:	20f6a223          	sw	a5,516(a3)
80400262:	00c70023          	sb	a2,0(a4)
80400266:	4cb0106f          	j	80401f30 <wakeup>

8040026a <console_read>:
8040026a:	cdc9                	beqz	a1,80400304 <console_read+0x9a>
8040026c:	7179                	add	sp,sp,-48
8040026e:	d226                	sw	s1,36(sp)
80400270:	8046d4b7          	lui	s1,0x8046d
80400274:	d422                	sw	s0,40(sp)
80400276:	6b848413          	add	s0,s1,1720 # 8046d6b8 <cons>
8040027a:	20042783          	lw	a5,512(s0)
8040027e:	20442683          	lw	a3,516(s0)
80400282:	d04a                	sw	s2,32(sp)
80400284:	ce4e                	sw	s3,28(sp)
80400286:	d606                	sw	ra,44(sp)
80400288:	cc52                	sw	s4,24(sp)
8040028a:	892e                	mv	s2,a1
8040028c:	89aa                	mv	s3,a0
8040028e:	00f69c63          	bne	a3,a5,804002a6 <console_read+0x3c>
80400292:	6b848513          	add	a0,s1,1720
80400296:	467010ef          	jal	80401efc <sleep_on>
8040029a:	20042783          	lw	a5,512(s0)
8040029e:	20442683          	lw	a3,516(s0)
804002a2:	fed788e3          	beq	a5,a3,80400292 <console_read+0x28>
804002a6:	4481                	li	s1,0
804002a8:	4a11                	li	s4,4
804002aa:	a82d                	j	804002e4 <console_read+0x7a>
804002ac:	00074703          	lbu	a4,0(a4)
804002b0:	00e107a3          	sb	a4,15(sp)
804002b4:	05470a63          	beq	a4,s4,80400308 <console_read+0x9e>
804002b8:	229010ef          	jal	80401ce0 <myproc>
804002bc:	5148                	lw	a0,36(a0)
804002be:	009985b3          	add	a1,s3,s1
804002c2:	4685                	li	a3,1
804002c4:	00f10613          	add	a2,sp,15
804002c8:	43f020ef          	jal	80402f06 <copyout>
804002cc:	04054663          	bltz	a0,80400318 <console_read+0xae>
804002d0:	20042783          	lw	a5,512(s0)
804002d4:	0485                	add	s1,s1,1
804002d6:	0785                	add	a5,a5,1
804002d8:	20f42023          	sw	a5,512(s0)
804002dc:	00990963          	beq	s2,s1,804002ee <console_read+0x84>
804002e0:	20442683          	lw	a3,516(s0)
804002e4:	1ff7f713          	and	a4,a5,511
804002e8:	9722                	add	a4,a4,s0
804002ea:	fcd791e3          	bne	a5,a3,804002ac <console_read+0x42>
804002ee:	2f8030ef          	jal	804035e6 <arch_console_rx_resume>
804002f2:	8526                	mv	a0,s1
804002f4:	50b2                	lw	ra,44(sp)
804002f6:	5422                	lw	s0,40(sp)
804002f8:	5492                	lw	s1,36(sp)
804002fa:	5902                	lw	s2,32(sp)
804002fc:	49f2                	lw	s3,28(sp)
804002fe:	4a62                	lw	s4,24(sp)
80400300:	6145                	add	sp,sp,48
80400302:	8082                	ret
80400304:	4501                	li	a0,0
80400306:	8082                	ret
80400308:	0014b713          	seqz	a4,s1
8040030c:	97ba                	add	a5,a5,a4
8040030e:	20f42023          	sw	a5,512(s0)
80400312:	2d4030ef          	jal	804035e6 <arch_console_rx_resume>
80400316:	bff1                	j	804002f2 <console_read+0x88>
80400318:	f8f9                	bnez	s1,804002ee <console_read+0x84>
8040031a:	2cc030ef          	jal	804035e6 <arch_console_rx_resume>
8040031e:	5549                	li	a0,-14
80400320:	bfd1                	j	804002f4 <console_read+0x8a>

80400322 <console_write>:
80400322:	711d                	add	sp,sp,-96
80400324:	ce86                	sw	ra,92(sp)
80400326:	cca2                	sw	s0,88(sp)
80400328:	caa6                	sw	s1,84(sp)
8040032a:	c8ca                	sw	s2,80(sp)
8040032c:	c6ce                	sw	s3,76(sp)
8040032e:	c4d2                	sw	s4,72(sp)
80400330:	c2d6                	sw	s5,68(sp)
80400332:	c0da                	sw	s6,64(sp)
80400334:	c5b5                	beqz	a1,804003a0 <console_write+0x7e>
80400336:	8a2e                	mv	s4,a1
80400338:	8aaa                	mv	s5,a0
8040033a:	4901                	li	s2,0
8040033c:	04000b13          	li	s6,64
80400340:	412a09b3          	sub	s3,s4,s2
80400344:	013b7463          	bgeu	s6,s3,8040034c <console_write+0x2a>
80400348:	04000993          	li	s3,64
8040034c:	195010ef          	jal	80401ce0 <myproc>
80400350:	5148                	lw	a0,36(a0)
80400352:	86ce                	mv	a3,s3
80400354:	012a8633          	add	a2,s5,s2
80400358:	858a                	mv	a1,sp
8040035a:	2f7020ef          	jal	80402e50 <copyin>
8040035e:	02054163          	bltz	a0,80400380 <console_write+0x5e>
80400362:	840a                	mv	s0,sp
80400364:	013104b3          	add	s1,sp,s3
80400368:	012a0963          	beq	s4,s2,8040037a <console_write+0x58>
8040036c:	00044503          	lbu	a0,0(s0)
80400370:	0405                	add	s0,s0,1
80400372:	1ee030ef          	jal	80403560 <arch_console_putc>
80400376:	fe849be3          	bne	s1,s0,8040036c <console_write+0x4a>
8040037a:	994e                	add	s2,s2,s3
8040037c:	fd4962e3          	bltu	s2,s4,80400340 <console_write+0x1e>
80400380:	240030ef          	jal	804035c0 <arch_console_flush>
80400384:	5549                	li	a0,-14
80400386:	00090363          	beqz	s2,8040038c <console_write+0x6a>
8040038a:	854a                	mv	a0,s2
8040038c:	40f6                	lw	ra,92(sp)
8040038e:	4466                	lw	s0,88(sp)
80400390:	44d6                	lw	s1,84(sp)
80400392:	4946                	lw	s2,80(sp)
80400394:	49b6                	lw	s3,76(sp)
80400396:	4a26                	lw	s4,72(sp)
80400398:	4a96                	lw	s5,68(sp)
8040039a:	4b06                	lw	s6,64(sp)
8040039c:	6125                	add	sp,sp,96
8040039e:	8082                	ret
804003a0:	220030ef          	jal	804035c0 <arch_console_flush>
804003a4:	4501                	li	a0,0
804003a6:	b7dd                	j	8040038c <console_write+0x6a>

804003a8 <path_name>:
804003a8:	00054783          	lbu	a5,0(a0)
804003ac:	02f00713          	li	a4,47
804003b0:	00e79763          	bne	a5,a4,804003be <path_name+0x16>
804003b4:	00154783          	lbu	a5,1(a0)
804003b8:	0505                	add	a0,a0,1
804003ba:	fee78de3          	beq	a5,a4,804003b4 <path_name+0xc>
804003be:	cf95                	beqz	a5,804003fa <path_name+0x52>
804003c0:	4701                	li	a4,0
804003c2:	02f00613          	li	a2,47
804003c6:	486d                	li	a6,27
804003c8:	a819                	j	804003de <path_name+0x36>
804003ca:	03070063          	beq	a4,a6,804003ea <path_name+0x42>
804003ce:	0705                	add	a4,a4,1
804003d0:	00f68023          	sb	a5,0(a3)
804003d4:	00e507b3          	add	a5,a0,a4
804003d8:	0007c783          	lbu	a5,0(a5)
804003dc:	cb91                	beqz	a5,804003f0 <path_name+0x48>
804003de:	00e586b3          	add	a3,a1,a4
804003e2:	fec794e3          	bne	a5,a2,804003ca <path_name+0x22>
804003e6:	5579                	li	a0,-2
804003e8:	8082                	ret
804003ea:	fdc00513          	li	a0,-36
804003ee:	8082                	ret
804003f0:	95ba                	add	a1,a1,a4
804003f2:	00058023          	sb	zero,0(a1)
804003f6:	4501                	li	a0,0
804003f8:	8082                	ret
804003fa:	00058023          	sb	zero,0(a1)
804003fe:	b7e5                	j	804003e6 <path_name+0x3e>

80400400 <dir_lookup>:
80400400:	4558                	lw	a4,12(a0)
80400402:	47fd                	li	a5,31
80400404:	06e7fc63          	bgeu	a5,a4,8040047c <dir_lookup+0x7c>
80400408:	7139                	add	sp,sp,-64
8040040a:	dc22                	sw	s0,56(sp)
8040040c:	da26                	sw	s1,52(sp)
8040040e:	d84a                	sw	s2,48(sp)
80400410:	d64e                	sw	s3,44(sp)
80400412:	de06                	sw	ra,60(sp)
80400414:	84aa                	mv	s1,a0
80400416:	892e                	mv	s2,a1
80400418:	89b2                	mv	s3,a2
8040041a:	4401                	li	s0,0
8040041c:	a801                	j	8040042c <dir_lookup+0x2c>
8040041e:	44d8                	lw	a4,12(s1)
80400420:	04040793          	add	a5,s0,64
80400424:	02040413          	add	s0,s0,32
80400428:	04f76263          	bltu	a4,a5,8040046c <dir_lookup+0x6c>
8040042c:	02000713          	li	a4,32
80400430:	86a2                	mv	a3,s0
80400432:	860a                	mv	a2,sp
80400434:	4581                	li	a1,0
80400436:	8526                	mv	a0,s1
80400438:	1b0010ef          	jal	804015e8 <readi>
8040043c:	02000793          	li	a5,32
80400440:	04f51063          	bne	a0,a5,80400480 <dir_lookup+0x80>
80400444:	4502                	lw	a0,0(sp)
80400446:	6fb000ef          	jal	80401340 <inum_valid>
8040044a:	d971                	beqz	a0,8040041e <dir_lookup+0x1e>
8040044c:	4671                	li	a2,28
8040044e:	85ca                	mv	a1,s2
80400450:	0048                	add	a0,sp,4
80400452:	68f010ef          	jal	804022e0 <strncmp>
80400456:	f561                	bnez	a0,8040041e <dir_lookup+0x1e>
80400458:	0089a023          	sw	s0,0(s3)
8040045c:	50f2                	lw	ra,60(sp)
8040045e:	5462                	lw	s0,56(sp)
80400460:	4502                	lw	a0,0(sp)
80400462:	54d2                	lw	s1,52(sp)
80400464:	5942                	lw	s2,48(sp)
80400466:	59b2                	lw	s3,44(sp)
80400468:	6121                	add	sp,sp,64
8040046a:	8082                	ret
8040046c:	50f2                	lw	ra,60(sp)
8040046e:	5462                	lw	s0,56(sp)
80400470:	54d2                	lw	s1,52(sp)
80400472:	5942                	lw	s2,48(sp)
80400474:	59b2                	lw	s3,44(sp)
80400476:	4501                	li	a0,0
80400478:	6121                	add	sp,sp,64
8040047a:	8082                	ret
8040047c:	4501                	li	a0,0
8040047e:	8082                	ret
80400480:	80406537          	lui	a0,0x80406
80400484:	03850513          	add	a0,a0,56 # 80406038 <__udivdi3+0x110c>
80400488:	7dc010ef          	jal	80401c64 <panic>

8040048c <fs_open>:
8040048c:	7159                	add	sp,sp,-112
8040048e:	d0ca                	sw	s2,96(sp)
80400490:	892e                	mv	s2,a1
80400492:	084c                	add	a1,sp,20
80400494:	d2a6                	sw	s1,100(sp)
80400496:	d686                	sw	ra,108(sp)
80400498:	d4a2                	sw	s0,104(sp)
8040049a:	cece                	sw	s3,92(sp)
8040049c:	ccd2                	sw	s4,88(sp)
8040049e:	cad6                	sw	s5,84(sp)
804004a0:	84b2                	mv	s1,a2
804004a2:	3719                	jal	804003a8 <path_name>
804004a4:	00054663          	bltz	a0,804004b0 <fs_open+0x24>
804004a8:	4d9000ef          	jal	80401180 <fs_mounted>
804004ac:	e919                	bnez	a0,804004c2 <fs_open+0x36>
804004ae:	5579                	li	a0,-2
804004b0:	50b6                	lw	ra,108(sp)
804004b2:	5426                	lw	s0,104(sp)
804004b4:	5496                	lw	s1,100(sp)
804004b6:	5906                	lw	s2,96(sp)
804004b8:	49f6                	lw	s3,92(sp)
804004ba:	4a66                	lw	s4,88(sp)
804004bc:	4ad6                	lw	s5,84(sp)
804004be:	6165                	add	sp,sp,112
804004c0:	8082                	ret
804004c2:	4c9000ef          	jal	8040118a <fs_root>
804004c6:	0070                	add	a2,sp,12
804004c8:	084c                	add	a1,sp,20
804004ca:	89aa                	mv	s3,a0
804004cc:	3f15                	jal	80400400 <dir_lookup>
804004ce:	842a                	mv	s0,a0
804004d0:	ed35                	bnez	a0,8040054c <fs_open+0xc0>
804004d2:	04097793          	and	a5,s2,64
804004d6:	dfe1                	beqz	a5,804004ae <fs_open+0x22>
804004d8:	080c                	add	a1,sp,16
804004da:	4505                	li	a0,1
804004dc:	731000ef          	jal	8040140c <ialloc>
804004e0:	fc0548e3          	bltz	a0,804004b0 <fs_open+0x24>
804004e4:	47c2                	lw	a5,16(sp)
804004e6:	0007aa83          	lw	s5,0(a5)
804004ea:	a839                	j	80400508 <fs_open+0x7c>
804004ec:	02000713          	li	a4,32
804004f0:	86d2                	mv	a3,s4
804004f2:	1810                	add	a2,sp,48
804004f4:	4581                	li	a1,0
804004f6:	854e                	mv	a0,s3
804004f8:	0f0010ef          	jal	804015e8 <readi>
804004fc:	02000793          	li	a5,32
80400500:	08f51863          	bne	a0,a5,80400590 <fs_open+0x104>
80400504:	57c2                	lw	a5,48(sp)
80400506:	cb81                	beqz	a5,80400516 <fs_open+0x8a>
80400508:	00c9a783          	lw	a5,12(s3)
8040050c:	8a22                	mv	s4,s0
8040050e:	02040413          	add	s0,s0,32
80400512:	fc87fde3          	bgeu	a5,s0,804004ec <fs_open+0x60>
80400516:	02000613          	li	a2,32
8040051a:	4581                	li	a1,0
8040051c:	1808                	add	a0,sp,48
8040051e:	507010ef          	jal	80402224 <memset>
80400522:	4671                	li	a2,28
80400524:	084c                	add	a1,sp,20
80400526:	1848                	add	a0,sp,52
80400528:	d856                	sw	s5,48(sp)
8040052a:	613010ef          	jal	8040233c <strlcpy_k>
8040052e:	02000713          	li	a4,32
80400532:	86d2                	mv	a3,s4
80400534:	1810                	add	a2,sp,48
80400536:	4581                	li	a1,0
80400538:	854e                	mv	a0,s3
8040053a:	182010ef          	jal	804016bc <writei>
8040053e:	02000793          	li	a5,32
80400542:	02f51c63          	bne	a0,a5,8040057a <fs_open+0xee>
80400546:	4542                	lw	a0,16(sp)
80400548:	c088                	sw	a0,0(s1)
8040054a:	a029                	j	80400554 <fs_open+0xc8>
8040054c:	609000ef          	jal	80401354 <iget>
80400550:	c088                	sw	a0,0(s1)
80400552:	c115                	beqz	a0,80400576 <fs_open+0xea>
80400554:	00855703          	lhu	a4,8(a0)
80400558:	4785                	li	a5,1
8040055a:	02f71763          	bne	a4,a5,80400588 <fs_open+0xfc>
8040055e:	20097793          	and	a5,s2,512
80400562:	c781                	beqz	a5,8040056a <fs_open+0xde>
80400564:	00397793          	and	a5,s2,3
80400568:	e399                	bnez	a5,8040056e <fs_open+0xe2>
8040056a:	4501                	li	a0,0
8040056c:	b791                	j	804004b0 <fs_open+0x24>
8040056e:	793000ef          	jal	80401500 <itrunc>
80400572:	4501                	li	a0,0
80400574:	bf35                	j	804004b0 <fs_open+0x24>
80400576:	5521                	li	a0,-24
80400578:	bf25                	j	804004b0 <fs_open+0x24>
8040057a:	4542                	lw	a0,16(sp)
8040057c:	00051523          	sh	zero,10(a0)
80400580:	725000ef          	jal	804014a4 <iput>
80400584:	5511                	li	a0,-28
80400586:	b72d                	j	804004b0 <fs_open+0x24>
80400588:	71d000ef          	jal	804014a4 <iput>
8040058c:	552d                	li	a0,-21
8040058e:	b70d                	j	804004b0 <fs_open+0x24>
80400590:	80406537          	lui	a0,0x80406
80400594:	03850513          	add	a0,a0,56 # 80406038 <__udivdi3+0x110c>
80400598:	6cc010ef          	jal	80401c64 <panic>

8040059c <fs_lookup>:
8040059c:	7179                	add	sp,sp,-48
8040059e:	d422                	sw	s0,40(sp)
804005a0:	842e                	mv	s0,a1
804005a2:	004c                	add	a1,sp,4
804005a4:	d606                	sw	ra,44(sp)
804005a6:	3509                	jal	804003a8 <path_name>
804005a8:	87aa                	mv	a5,a0
804005aa:	00054663          	bltz	a0,804005b6 <fs_lookup+0x1a>
804005ae:	3d3000ef          	jal	80401180 <fs_mounted>
804005b2:	e519                	bnez	a0,804005c0 <fs_lookup+0x24>
804005b4:	57f9                	li	a5,-2
804005b6:	50b2                	lw	ra,44(sp)
804005b8:	5422                	lw	s0,40(sp)
804005ba:	853e                	mv	a0,a5
804005bc:	6145                	add	sp,sp,48
804005be:	8082                	ret
804005c0:	3cb000ef          	jal	8040118a <fs_root>
804005c4:	860a                	mv	a2,sp
804005c6:	004c                	add	a1,sp,4
804005c8:	3d25                	jal	80400400 <dir_lookup>
804005ca:	d56d                	beqz	a0,804005b4 <fs_lookup+0x18>
804005cc:	589000ef          	jal	80401354 <iget>
804005d0:	c008                	sw	a0,0(s0)
804005d2:	c919                	beqz	a0,804005e8 <fs_lookup+0x4c>
804005d4:	00855683          	lhu	a3,8(a0)
804005d8:	4705                	li	a4,1
804005da:	4781                	li	a5,0
804005dc:	fce68de3          	beq	a3,a4,804005b6 <fs_lookup+0x1a>
804005e0:	6c5000ef          	jal	804014a4 <iput>
804005e4:	57ad                	li	a5,-21
804005e6:	bfc1                	j	804005b6 <fs_lookup+0x1a>
804005e8:	57a1                	li	a5,-24
804005ea:	b7f1                	j	804005b6 <fs_lookup+0x1a>

804005ec <fs_unlink>:
804005ec:	715d                	add	sp,sp,-80
804005ee:	004c                	add	a1,sp,4
804005f0:	c4a2                	sw	s0,72(sp)
804005f2:	c686                	sw	ra,76(sp)
804005f4:	c2a6                	sw	s1,68(sp)
804005f6:	c0ca                	sw	s2,64(sp)
804005f8:	3b45                	jal	804003a8 <path_name>
804005fa:	842a                	mv	s0,a0
804005fc:	00054663          	bltz	a0,80400608 <fs_unlink+0x1c>
80400600:	381000ef          	jal	80401180 <fs_mounted>
80400604:	e909                	bnez	a0,80400616 <fs_unlink+0x2a>
80400606:	5479                	li	s0,-2
80400608:	40b6                	lw	ra,76(sp)
8040060a:	8522                	mv	a0,s0
8040060c:	4426                	lw	s0,72(sp)
8040060e:	4496                	lw	s1,68(sp)
80400610:	4906                	lw	s2,64(sp)
80400612:	6161                	add	sp,sp,80
80400614:	8082                	ret
80400616:	375000ef          	jal	8040118a <fs_root>
8040061a:	860a                	mv	a2,sp
8040061c:	004c                	add	a1,sp,4
8040061e:	84aa                	mv	s1,a0
80400620:	33c5                	jal	80400400 <dir_lookup>
80400622:	d175                	beqz	a0,80400606 <fs_unlink+0x1a>
80400624:	531000ef          	jal	80401354 <iget>
80400628:	892a                	mv	s2,a0
8040062a:	c10d                	beqz	a0,8040064c <fs_unlink+0x60>
8040062c:	00855703          	lhu	a4,8(a0)
80400630:	4785                	li	a5,1
80400632:	00f70f63          	beq	a4,a5,80400650 <fs_unlink+0x64>
80400636:	542d                	li	s0,-21
80400638:	854a                	mv	a0,s2
8040063a:	66b000ef          	jal	804014a4 <iput>
8040063e:	40b6                	lw	ra,76(sp)
80400640:	8522                	mv	a0,s0
80400642:	4426                	lw	s0,72(sp)
80400644:	4496                	lw	s1,68(sp)
80400646:	4906                	lw	s2,64(sp)
80400648:	6161                	add	sp,sp,80
8040064a:	8082                	ret
8040064c:	5421                	li	s0,-24
8040064e:	bf6d                	j	80400608 <fs_unlink+0x1c>
80400650:	02000613          	li	a2,32
80400654:	4581                	li	a1,0
80400656:	1008                	add	a0,sp,32
80400658:	3cd010ef          	jal	80402224 <memset>
8040065c:	4682                	lw	a3,0(sp)
8040065e:	02000713          	li	a4,32
80400662:	1010                	add	a2,sp,32
80400664:	4581                	li	a1,0
80400666:	8526                	mv	a0,s1
80400668:	054010ef          	jal	804016bc <writei>
8040066c:	00a95783          	lhu	a5,10(s2)
80400670:	854a                	mv	a0,s2
80400672:	17fd                	add	a5,a5,-1
80400674:	00f91523          	sh	a5,10(s2)
80400678:	31d000ef          	jal	80401194 <iupdate>
8040067c:	bf75                	j	80400638 <fs_unlink+0x4c>

8040067e <fs_readdir>:
8040067e:	715d                	add	sp,sp,-80
80400680:	c0ca                	sw	s2,64(sp)
80400682:	de4e                	sw	s3,60(sp)
80400684:	da56                	sw	s5,52(sp)
80400686:	c686                	sw	ra,76(sp)
80400688:	c4a2                	sw	s0,72(sp)
8040068a:	c2a6                	sw	s1,68(sp)
8040068c:	dc52                	sw	s4,56(sp)
8040068e:	89aa                	mv	s3,a0
80400690:	8aae                	mv	s5,a1
80400692:	8932                	mv	s2,a2
80400694:	2ed000ef          	jal	80401180 <fs_mounted>
80400698:	c925                	beqz	a0,80400708 <fs_readdir+0x8a>
8040069a:	2f1000ef          	jal	8040118a <fs_root>
8040069e:	4558                	lw	a4,12(a0)
804006a0:	47fd                	li	a5,31
804006a2:	84aa                	mv	s1,a0
804006a4:	06e7f263          	bgeu	a5,a4,80400708 <fs_readdir+0x8a>
804006a8:	4401                	li	s0,0
804006aa:	4a05                	li	s4,1
804006ac:	a801                	j	804006bc <fs_readdir+0x3e>
804006ae:	44d8                	lw	a4,12(s1)
804006b0:	04040793          	add	a5,s0,64
804006b4:	02040413          	add	s0,s0,32
804006b8:	04f76863          	bltu	a4,a5,80400708 <fs_readdir+0x8a>
804006bc:	02000713          	li	a4,32
804006c0:	86a2                	mv	a3,s0
804006c2:	0810                	add	a2,sp,16
804006c4:	4581                	li	a1,0
804006c6:	8526                	mv	a0,s1
804006c8:	721000ef          	jal	804015e8 <readi>
804006cc:	02000793          	li	a5,32
804006d0:	04f51f63          	bne	a0,a5,8040072e <fs_readdir+0xb0>
804006d4:	4542                	lw	a0,16(sp)
804006d6:	46b000ef          	jal	80401340 <inum_valid>
804006da:	d971                	beqz	a0,804006ae <fs_readdir+0x30>
804006dc:	4542                	lw	a0,16(sp)
804006de:	864a                	mv	a2,s2
804006e0:	00e10593          	add	a1,sp,14
804006e4:	495000ef          	jal	80401378 <istat>
804006e8:	00e15783          	lhu	a5,14(sp)
804006ec:	fd4791e3          	bne	a5,s4,804006ae <fs_readdir+0x30>
804006f0:	fff98793          	add	a5,s3,-1
804006f4:	02098463          	beqz	s3,8040071c <fs_readdir+0x9e>
804006f8:	44d8                	lw	a4,12(s1)
804006fa:	89be                	mv	s3,a5
804006fc:	04040793          	add	a5,s0,64
80400700:	02040413          	add	s0,s0,32
80400704:	faf77ce3          	bgeu	a4,a5,804006bc <fs_readdir+0x3e>
80400708:	5579                	li	a0,-2
8040070a:	40b6                	lw	ra,76(sp)
8040070c:	4426                	lw	s0,72(sp)
8040070e:	4496                	lw	s1,68(sp)
80400710:	4906                	lw	s2,64(sp)
80400712:	59f2                	lw	s3,60(sp)
80400714:	5a62                	lw	s4,56(sp)
80400716:	5ad2                	lw	s5,52(sp)
80400718:	6161                	add	sp,sp,80
8040071a:	8082                	ret
8040071c:	466d                	li	a2,27
8040071e:	084c                	add	a1,sp,20
80400720:	8556                	mv	a0,s5
80400722:	345010ef          	jal	80402266 <memcpy>
80400726:	4501                	li	a0,0
80400728:	000a8da3          	sb	zero,27(s5)
8040072c:	bff9                	j	8040070a <fs_readdir+0x8c>
8040072e:	80406537          	lui	a0,0x80406
80400732:	03850513          	add	a0,a0,56 # 80406038 <__udivdi3+0x110c>
80400736:	52e010ef          	jal	80401c64 <panic>

8040073a <image_read>:
8040073a:	4518                	lw	a4,8(a0)
8040073c:	04b76763          	bltu	a4,a1,8040078a <image_read+0x50>
80400740:	1141                	add	sp,sp,-16
80400742:	c422                	sw	s0,8(sp)
80400744:	c606                	sw	ra,12(sp)
80400746:	8f0d                	sub	a4,a4,a1
80400748:	8436                	mv	s0,a3
8040074a:	04d76263          	bltu	a4,a3,8040078e <image_read+0x54>
8040074e:	00052803          	lw	a6,0(a0)
80400752:	87aa                	mv	a5,a0
80400754:	02080063          	beqz	a6,80400774 <image_read+0x3a>
80400758:	8736                	mv	a4,a3
8040075a:	8542                	mv	a0,a6
8040075c:	86ae                	mv	a3,a1
8040075e:	4581                	li	a1,0
80400760:	689000ef          	jal	804015e8 <readi>
80400764:	87aa                	mv	a5,a0
80400766:	556d                	li	a0,-5
80400768:	00878c63          	beq	a5,s0,80400780 <image_read+0x46>
8040076c:	40b2                	lw	ra,12(sp)
8040076e:	4422                	lw	s0,8(sp)
80400770:	0141                	add	sp,sp,16
80400772:	8082                	ret
80400774:	43dc                	lw	a5,4(a5)
80400776:	8532                	mv	a0,a2
80400778:	8636                	mv	a2,a3
8040077a:	95be                	add	a1,a1,a5
8040077c:	2eb010ef          	jal	80402266 <memcpy>
80400780:	40b2                	lw	ra,12(sp)
80400782:	4422                	lw	s0,8(sp)
80400784:	4501                	li	a0,0
80400786:	0141                	add	sp,sp,16
80400788:	8082                	ret
8040078a:	5561                	li	a0,-8
8040078c:	8082                	ret
8040078e:	5561                	li	a0,-8
80400790:	bff1                	j	8040076c <image_read+0x32>

80400792 <proc_spawn>:
80400792:	7111                	add	sp,sp,-256
80400794:	dba6                	sw	s1,244(sp)
80400796:	d9ca                	sw	s2,240(sp)
80400798:	d5d2                	sw	s4,232(sp)
8040079a:	84aa                	mv	s1,a0
8040079c:	892e                	mv	s2,a1
8040079e:	8a32                	mv	s4,a2
804007a0:	4581                	li	a1,0
804007a2:	4631                	li	a2,12
804007a4:	0808                	add	a0,sp,16
804007a6:	df86                	sw	ra,252(sp)
804007a8:	dda2                	sw	s0,248(sp)
804007aa:	d7ce                	sw	s3,236(sp)
804007ac:	d3d6                	sw	s5,228(sp)
804007ae:	d1da                	sw	s6,224(sp)
804007b0:	cfde                	sw	s7,220(sp)
804007b2:	cde2                	sw	s8,216(sp)
804007b4:	cbe6                	sw	s9,212(sp)
804007b6:	c9ea                	sw	s10,208(sp)
804007b8:	c7ee                	sw	s11,204(sp)
804007ba:	26b010ef          	jal	80402224 <memset>
804007be:	1c3000ef          	jal	80401180 <fs_mounted>
804007c2:	e949                	bnez	a0,80400854 <proc_spawn+0xc2>
804007c4:	0004c683          	lbu	a3,0(s1)
804007c8:	02f00793          	li	a5,47
804007cc:	8526                	mv	a0,s1
804007ce:	02f00713          	li	a4,47
804007d2:	00f69763          	bne	a3,a5,804007e0 <proc_spawn+0x4e>
804007d6:	00154783          	lbu	a5,1(a0)
804007da:	0505                	add	a0,a0,1
804007dc:	fee78de3          	beq	a5,a4,804007d6 <proc_spawn+0x44>
804007e0:	1c9010ef          	jal	804021a8 <program_find>
804007e4:	2e050763          	beqz	a0,80400ad2 <proc_spawn+0x340>
804007e8:	4158                	lw	a4,4(a0)
804007ea:	451c                	lw	a5,8(a0)
804007ec:	ca3a                	sw	a4,20(sp)
804007ee:	8f99                	sub	a5,a5,a4
804007f0:	cc3e                	sw	a5,24(sp)
804007f2:	4f8010ef          	jal	80401cea <proc_alloc>
804007f6:	89aa                	mv	s3,a0
804007f8:	c90d                	beqz	a0,8040082a <proc_spawn+0x98>
804007fa:	03400693          	li	a3,52
804007fe:	1870                	add	a2,sp,60
80400800:	4581                	li	a1,0
80400802:	0808                	add	a0,sp,16
80400804:	3f1d                	jal	8040073a <image_read>
80400806:	00054963          	bltz	a0,80400818 <proc_spawn+0x86>
8040080a:	5772                	lw	a4,60(sp)
8040080c:	464c47b7          	lui	a5,0x464c4
80400810:	57f78793          	add	a5,a5,1407 # 464c457f <_entry-0x39f3ba81>
80400814:	04f70863          	beq	a4,a5,80400864 <proc_spawn+0xd2>
80400818:	5461                	li	s0,-8
8040081a:	4542                	lw	a0,16(sp)
8040081c:	c119                	beqz	a0,80400822 <proc_spawn+0x90>
8040081e:	487000ef          	jal	804014a4 <iput>
80400822:	854e                	mv	a0,s3
80400824:	59e010ef          	jal	80401dc2 <proc_free>
80400828:	a031                	j	80400834 <proc_spawn+0xa2>
8040082a:	4542                	lw	a0,16(sp)
8040082c:	c119                	beqz	a0,80400832 <proc_spawn+0xa0>
8040082e:	477000ef          	jal	804014a4 <iput>
80400832:	5455                	li	s0,-11
80400834:	50fe                	lw	ra,252(sp)
80400836:	8522                	mv	a0,s0
80400838:	546e                	lw	s0,248(sp)
8040083a:	54de                	lw	s1,244(sp)
8040083c:	594e                	lw	s2,240(sp)
8040083e:	59be                	lw	s3,236(sp)
80400840:	5a2e                	lw	s4,232(sp)
80400842:	5a9e                	lw	s5,228(sp)
80400844:	5b0e                	lw	s6,224(sp)
80400846:	4bfe                	lw	s7,220(sp)
80400848:	4c6e                	lw	s8,216(sp)
8040084a:	4cde                	lw	s9,212(sp)
8040084c:	4d4e                	lw	s10,208(sp)
8040084e:	4dbe                	lw	s11,204(sp)
80400850:	6111                	add	sp,sp,256
80400852:	8082                	ret
80400854:	186c                	add	a1,sp,60
80400856:	8526                	mv	a0,s1
80400858:	3391                	jal	8040059c <fs_lookup>
8040085a:	f52d                	bnez	a0,804007c4 <proc_spawn+0x32>
8040085c:	5772                	lw	a4,60(sp)
8040085e:	475c                	lw	a5,12(a4)
80400860:	c83a                	sw	a4,16(sp)
80400862:	b779                	j	804007f0 <proc_spawn+0x5e>
80400864:	04015703          	lhu	a4,64(sp)
80400868:	10100793          	li	a5,257
8040086c:	faf716e3          	bne	a4,a5,80400818 <proc_spawn+0x86>
80400870:	4736                	lw	a4,76(sp)
80400872:	00f307b7          	lui	a5,0xf30
80400876:	0789                	add	a5,a5,2 # f30002 <_entry-0x7f4cfffe>
80400878:	faf710e3          	bne	a4,a5,80400818 <proc_spawn+0x86>
8040087c:	06615703          	lhu	a4,102(sp)
80400880:	02000793          	li	a5,32
80400884:	f8f71ae3          	bne	a4,a5,80400818 <proc_spawn+0x86>
80400888:	06815783          	lhu	a5,104(sp)
8040088c:	473d                	li	a4,15
8040088e:	17fd                	add	a5,a5,-1
80400890:	07c2                	sll	a5,a5,0x10
80400892:	83c1                	srl	a5,a5,0x10
80400894:	f8f762e3          	bltu	a4,a5,80400818 <proc_spawn+0x86>
80400898:	45e6                	lw	a1,88(sp)
8040089a:	47e2                	lw	a5,24(sp)
8040089c:	f6b7eee3          	bltu	a5,a1,80400818 <proc_spawn+0x86>
804008a0:	c602                	sw	zero,12(sp)
804008a2:	4b81                	li	s7,0
804008a4:	4a85                	li	s5,1
804008a6:	a811                	j	804008ba <proc_spawn+0x128>
804008a8:	47f2                	lw	a5,28(sp)
804008aa:	0d578763          	beq	a5,s5,80400978 <proc_spawn+0x1e6>
804008ae:	06815783          	lhu	a5,104(sp)
804008b2:	0b85                	add	s7,s7,1
804008b4:	02fbf463          	bgeu	s7,a5,804008dc <proc_spawn+0x14a>
804008b8:	45e6                	lw	a1,88(sp)
804008ba:	005b9793          	sll	a5,s7,0x5
804008be:	02000693          	li	a3,32
804008c2:	0870                	add	a2,sp,28
804008c4:	95be                	add	a1,a1,a5
804008c6:	0808                	add	a0,sp,16
804008c8:	3d8d                	jal	8040073a <image_read>
804008ca:	842a                	mv	s0,a0
804008cc:	dd71                	beqz	a0,804008a8 <proc_spawn+0x116>
804008ce:	f40446e3          	bltz	s0,8040081a <proc_spawn+0x88>
804008d2:	06815783          	lhu	a5,104(sp)
804008d6:	0b85                	add	s7,s7,1
804008d8:	fefbe0e3          	bltu	s7,a5,804008b8 <proc_spawn+0x126>
804008dc:	47b2                	lw	a5,12(sp)
804008de:	df8d                	beqz	a5,80400818 <proc_spawn+0x86>
804008e0:	45d6                	lw	a1,84(sp)
804008e2:	0249a503          	lw	a0,36(s3)
804008e6:	4621                	li	a2,8
804008e8:	4fe020ef          	jal	80402de6 <uvm_kva>
804008ec:	1e050563          	beqz	a0,80400ad6 <proc_spawn+0x344>
804008f0:	4732                	lw	a4,12(sp)
804008f2:	6785                	lui	a5,0x1
804008f4:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
804008f6:	00f70bb3          	add	s7,a4,a5
804008fa:	0249a503          	lw	a0,36(s3)
804008fe:	77fd                	lui	a5,0xfffff
80400900:	00fbfbb3          	and	s7,s7,a5
80400904:	0379a623          	sw	s7,44(s3)
80400908:	0379a423          	sw	s7,40(s3)
8040090c:	4699                	li	a3,6
8040090e:	6641                	lui	a2,0x10
80400910:	0bfe05b7          	lui	a1,0xbfe0
80400914:	4bd6                	lw	s7,84(sp)
80400916:	326020ef          	jal	80402c3c <uvm_alloc>
8040091a:	8b2a                	mv	s6,a0
8040091c:	10051c63          	bnez	a0,80400a34 <proc_spawn+0x2a2>
80400920:	03c10c13          	add	s8,sp,60
80400924:	0bff0ab7          	lui	s5,0xbff0
80400928:	02000d13          	li	s10,32
8040092c:	f401fcb7          	lui	s9,0xf401f
80400930:	a00d                	j	80400952 <proc_spawn+0x1c0>
80400932:	02a7ee63          	bltu	a5,a0,8040096e <proc_spawn+0x1dc>
80400936:	00092603          	lw	a2,0(s2)
8040093a:	0249a503          	lw	a0,36(s3)
8040093e:	0b05                	add	s6,s6,1
80400940:	0911                	add	s2,s2,4
80400942:	5c4020ef          	jal	80402f06 <copyout>
80400946:	015c2023          	sw	s5,0(s8)
8040094a:	842a                	mv	s0,a0
8040094c:	0c11                	add	s8,s8,4
8040094e:	0e051763          	bnez	a0,80400a3c <proc_spawn+0x2aa>
80400952:	00092503          	lw	a0,0(s2)
80400956:	c56d                	beqz	a0,80400a40 <proc_spawn+0x2ae>
80400958:	16f010ef          	jal	804022c6 <strlen>
8040095c:	0505                	add	a0,a0,1
8040095e:	019a87b3          	add	a5,s5,s9
80400962:	40aa8ab3          	sub	s5,s5,a0
80400966:	86aa                	mv	a3,a0
80400968:	85d6                	mv	a1,s5
8040096a:	fdab14e3          	bne	s6,s10,80400932 <proc_spawn+0x1a0>
8040096e:	4542                	lw	a0,16(sp)
80400970:	16051963          	bnez	a0,80400ae2 <proc_spawn+0x350>
80400974:	5429                	li	s0,-22
80400976:	b575                	j	80400822 <proc_spawn+0x90>
80400978:	57c2                	lw	a5,48(sp)
8040097a:	db95                	beqz	a5,804008ae <proc_spawn+0x11c>
8040097c:	56b2                	lw	a3,44(sp)
8040097e:	0249ab03          	lw	s6,36(s3)
80400982:	e8d7ebe3          	bltu	a5,a3,80400818 <proc_spawn+0x86>
80400986:	5592                	lw	a1,36(sp)
80400988:	787d                	lui	a6,0xfffff
8040098a:	0bfde6b7          	lui	a3,0xbfde
8040098e:	01058633          	add	a2,a1,a6
80400992:	e8c6e3e3          	bltu	a3,a2,80400818 <proc_spawn+0x86>
80400996:	0bfdf6b7          	lui	a3,0xbfdf
8040099a:	8e8d                	sub	a3,a3,a1
8040099c:	e6f6eee3          	bltu	a3,a5,80400818 <proc_spawn+0x86>
804009a0:	5552                	lw	a0,52(sp)
804009a2:	00b78633          	add	a2,a5,a1
804009a6:	6785                	lui	a5,0x1
804009a8:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
804009aa:	963e                	add	a2,a2,a5
804009ac:	00155693          	srl	a3,a0,0x1
804009b0:	00351793          	sll	a5,a0,0x3
804009b4:	0105f5b3          	and	a1,a1,a6
804009b8:	01067633          	and	a2,a2,a6
804009bc:	8a89                	and	a3,a3,2
804009be:	8ba1                	and	a5,a5,8
804009c0:	8909                	and	a0,a0,2
804009c2:	8e0d                	sub	a2,a2,a1
804009c4:	8edd                	or	a3,a3,a5
804009c6:	c12d                	beqz	a0,80400a28 <proc_spawn+0x296>
804009c8:	0066e693          	or	a3,a3,6
804009cc:	855a                	mv	a0,s6
804009ce:	26e020ef          	jal	80402c3c <uvm_alloc>
804009d2:	6c05                	lui	s8,0x1
804009d4:	842a                	mv	s0,a0
804009d6:	4d01                	li	s10,0
804009d8:	fffc0c93          	add	s9,s8,-1 # fff <_entry-0x803ff001>
804009dc:	cd19                	beqz	a0,804009fa <proc_spawn+0x268>
804009de:	a8c5                	j	80400ace <proc_spawn+0x33c>
804009e0:	01b7f363          	bgeu	a5,s11,804009e6 <proc_spawn+0x254>
804009e4:	8dbe                	mv	s11,a5
804009e6:	400020ef          	jal	80402de6 <uvm_kva>
804009ea:	5582                	lw	a1,32(sp)
804009ec:	862a                	mv	a2,a0
804009ee:	86ee                	mv	a3,s11
804009f0:	95ea                	add	a1,a1,s10
804009f2:	0808                	add	a0,sp,16
804009f4:	3399                	jal	8040073a <image_read>
804009f6:	9d6e                	add	s10,s10,s11
804009f8:	e91d                	bnez	a0,80400a2e <proc_spawn+0x29c>
804009fa:	5812                	lw	a6,36(sp)
804009fc:	56b2                	lw	a3,44(sp)
804009fe:	4601                	li	a2,0
80400a00:	010d05b3          	add	a1,s10,a6
80400a04:	0195f7b3          	and	a5,a1,s9
80400a08:	855a                	mv	a0,s6
80400a0a:	41a68db3          	sub	s11,a3,s10
80400a0e:	40fc07b3          	sub	a5,s8,a5
80400a12:	fcdd67e3          	bltu	s10,a3,804009e0 <proc_spawn+0x24e>
80400a16:	57c2                	lw	a5,48(sp)
80400a18:	983e                	add	a6,a6,a5
80400a1a:	47b2                	lw	a5,12(sp)
80400a1c:	eb07f9e3          	bgeu	a5,a6,804008ce <proc_spawn+0x13c>
80400a20:	c642                	sw	a6,12(sp)
80400a22:	ea0458e3          	bgez	s0,804008d2 <proc_spawn+0x140>
80400a26:	bbd5                	j	8040081a <proc_spawn+0x88>
80400a28:	f2d5                	bnez	a3,804009cc <proc_spawn+0x23a>
80400a2a:	4689                	li	a3,2
80400a2c:	b745                	j	804009cc <proc_spawn+0x23a>
80400a2e:	5812                	lw	a6,36(sp)
80400a30:	842a                	mv	s0,a0
80400a32:	b7d5                	j	80400a16 <proc_spawn+0x284>
80400a34:	842a                	mv	s0,a0
80400a36:	0bff0ab7          	lui	s5,0xbff0
80400a3a:	4b01                	li	s6,0
80400a3c:	dc044fe3          	bltz	s0,8040081a <proc_spawn+0x88>
80400a40:	001b0693          	add	a3,s6,1
80400a44:	002b1713          	sll	a4,s6,0x2
80400a48:	0349a783          	lw	a5,52(s3)
80400a4c:	068a                	sll	a3,a3,0x2
80400a4e:	0810                	add	a2,sp,16
80400a50:	0b070713          	add	a4,a4,176
80400a54:	0249a503          	lw	a0,36(s3)
80400a58:	9732                	add	a4,a4,a2
80400a5a:	40da85b3          	sub	a1,s5,a3
80400a5e:	f6072e23          	sw	zero,-132(a4)
80400a62:	99c1                	and	a1,a1,-16
80400a64:	0367a423          	sw	s6,40(a5)
80400a68:	d7cc                	sw	a1,44(a5)
80400a6a:	c78c                	sw	a1,8(a5)
80400a6c:	1870                	add	a2,sp,60
80400a6e:	498020ef          	jal	80402f06 <copyout>
80400a72:	842a                	mv	s0,a0
80400a74:	4542                	lw	a0,16(sp)
80400a76:	c119                	beqz	a0,80400a7c <proc_spawn+0x2ea>
80400a78:	22d000ef          	jal	804014a4 <iput>
80400a7c:	da0443e3          	bltz	s0,80400822 <proc_spawn+0x90>
80400a80:	0349a783          	lw	a5,52(s3)
80400a84:	85a6                	mv	a1,s1
80400a86:	0977a023          	sw	s7,128(a5)
80400a8a:	0004c703          	lbu	a4,0(s1)
80400a8e:	c31d                	beqz	a4,80400ab4 <proc_spawn+0x322>
80400a90:	02f00693          	li	a3,47
80400a94:	0014c783          	lbu	a5,1(s1)
80400a98:	0485                	add	s1,s1,1
80400a9a:	00d70963          	beq	a4,a3,80400aac <proc_spawn+0x31a>
80400a9e:	cb99                	beqz	a5,80400ab4 <proc_spawn+0x322>
80400aa0:	873e                	mv	a4,a5
80400aa2:	0014c783          	lbu	a5,1(s1)
80400aa6:	0485                	add	s1,s1,1
80400aa8:	fed71be3          	bne	a4,a3,80400a9e <proc_spawn+0x30c>
80400aac:	c781                	beqz	a5,80400ab4 <proc_spawn+0x322>
80400aae:	85a6                	mv	a1,s1
80400ab0:	873e                	mv	a4,a5
80400ab2:	bfc5                	j	80400aa2 <proc_spawn+0x310>
80400ab4:	4641                	li	a2,16
80400ab6:	00c98513          	add	a0,s3,12
80400aba:	083010ef          	jal	8040233c <strlcpy_k>
80400abe:	4789                	li	a5,2
80400ac0:	0049a403          	lw	s0,4(s3)
80400ac4:	0149a423          	sw	s4,8(s3)
80400ac8:	00f9a023          	sw	a5,0(s3)
80400acc:	b3a5                	j	80400834 <proc_spawn+0xa2>
80400ace:	5812                	lw	a6,36(sp)
80400ad0:	b799                	j	80400a16 <proc_spawn+0x284>
80400ad2:	5479                	li	s0,-2
80400ad4:	b385                	j	80400834 <proc_spawn+0xa2>
80400ad6:	4542                	lw	a0,16(sp)
80400ad8:	c119                	beqz	a0,80400ade <proc_spawn+0x34c>
80400ada:	1cb000ef          	jal	804014a4 <iput>
80400ade:	5461                	li	s0,-8
80400ae0:	b389                	j	80400822 <proc_spawn+0x90>
80400ae2:	1c3000ef          	jal	804014a4 <iput>
80400ae6:	5429                	li	s0,-22
80400ae8:	bb2d                	j	80400822 <proc_spawn+0x90>

80400aea <file_console>:
80400aea:	80428537          	lui	a0,0x80428
80400aee:	00050513          	mv	a0,a0
80400af2:	8082                	ret

80400af4 <file_alloc>:
80400af4:	1141                	add	sp,sp,-16
80400af6:	8046e7b7          	lui	a5,0x8046e
80400afa:	c606                	sw	ra,12(sp)
80400afc:	c422                	sw	s0,8(sp)
80400afe:	8c478793          	add	a5,a5,-1852 # 8046d8c4 <files+0x4>
80400b02:	4701                	li	a4,0
80400b04:	08000613          	li	a2,128
80400b08:	a021                	j	80400b10 <file_alloc+0x1c>
80400b0a:	0705                	add	a4,a4,1
80400b0c:	02c70a63          	beq	a4,a2,80400b40 <file_alloc+0x4c>
80400b10:	4394                	lw	a3,0(a5)
80400b12:	07f1                	add	a5,a5,28
80400b14:	fafd                	bnez	a3,80400b0a <file_alloc+0x16>
80400b16:	00371413          	sll	s0,a4,0x3
80400b1a:	8c19                	sub	s0,s0,a4
80400b1c:	8046e7b7          	lui	a5,0x8046e
80400b20:	8c078793          	add	a5,a5,-1856 # 8046d8c0 <files>
80400b24:	040a                	sll	s0,s0,0x2
80400b26:	943e                	add	s0,s0,a5
80400b28:	8522                	mv	a0,s0
80400b2a:	4671                	li	a2,28
80400b2c:	4581                	li	a1,0
80400b2e:	6f6010ef          	jal	80402224 <memset>
80400b32:	4785                	li	a5,1
80400b34:	40b2                	lw	ra,12(sp)
80400b36:	c05c                	sw	a5,4(s0)
80400b38:	8522                	mv	a0,s0
80400b3a:	4422                	lw	s0,8(sp)
80400b3c:	0141                	add	sp,sp,16
80400b3e:	8082                	ret
80400b40:	4401                	li	s0,0
80400b42:	40b2                	lw	ra,12(sp)
80400b44:	8522                	mv	a0,s0
80400b46:	4422                	lw	s0,8(sp)
80400b48:	0141                	add	sp,sp,16
80400b4a:	8082                	ret

80400b4c <file_dup>:
80400b4c:	4158                	lw	a4,4(a0)
80400b4e:	0705                	add	a4,a4,1
80400b50:	c158                	sw	a4,4(a0)
80400b52:	8082                	ret

80400b54 <file_close>:
80400b54:	415c                	lw	a5,4(a0)
80400b56:	1141                	add	sp,sp,-16
80400b58:	c606                	sw	ra,12(sp)
80400b5a:	c422                	sw	s0,8(sp)
80400b5c:	02f05c63          	blez	a5,80400b94 <file_close+0x40>
80400b60:	17fd                	add	a5,a5,-1
80400b62:	c15c                	sw	a5,4(a0)
80400b64:	842a                	mv	s0,a0
80400b66:	ef89                	bnez	a5,80400b80 <file_close+0x2c>
80400b68:	804287b7          	lui	a5,0x80428
80400b6c:	00078793          	mv	a5,a5
80400b70:	00f50863          	beq	a0,a5,80400b80 <file_close+0x2c>
80400b74:	4118                	lw	a4,0(a0)
80400b76:	4789                	li	a5,2
80400b78:	00f70863          	beq	a4,a5,80400b88 <file_close+0x34>
80400b7c:	00042023          	sw	zero,0(s0)
80400b80:	40b2                	lw	ra,12(sp)
80400b82:	4422                	lw	s0,8(sp)
80400b84:	0141                	add	sp,sp,16
80400b86:	8082                	ret
80400b88:	4948                	lw	a0,20(a0)
80400b8a:	11b000ef          	jal	804014a4 <iput>
80400b8e:	e10ff0ef          	jal	8040019e <bio_flush>
80400b92:	b7ed                	j	80400b7c <file_close+0x28>
80400b94:	80406537          	lui	a0,0x80406
80400b98:	05850513          	add	a0,a0,88 # 80406058 <__udivdi3+0x112c>
80400b9c:	0c8010ef          	jal	80401c64 <panic>

80400ba0 <file_read>:
80400ba0:	4514                	lw	a3,8(a0)
80400ba2:	c2a9                	beqz	a3,80400be4 <file_read+0x44>
80400ba4:	8732                	mv	a4,a2
80400ba6:	4110                	lw	a2,0(a0)
80400ba8:	1141                	add	sp,sp,-16
80400baa:	c422                	sw	s0,8(sp)
80400bac:	c606                	sw	ra,12(sp)
80400bae:	4685                	li	a3,1
80400bb0:	842a                	mv	s0,a0
80400bb2:	87ae                	mv	a5,a1
80400bb4:	02d60163          	beq	a2,a3,80400bd6 <file_read+0x36>
80400bb8:	4d14                	lw	a3,24(a0)
80400bba:	4948                	lw	a0,20(a0)
80400bbc:	862e                	mv	a2,a1
80400bbe:	4585                	li	a1,1
80400bc0:	229000ef          	jal	804015e8 <readi>
80400bc4:	00a05563          	blez	a0,80400bce <file_read+0x2e>
80400bc8:	4c1c                	lw	a5,24(s0)
80400bca:	97aa                	add	a5,a5,a0
80400bcc:	cc1c                	sw	a5,24(s0)
80400bce:	40b2                	lw	ra,12(sp)
80400bd0:	4422                	lw	s0,8(sp)
80400bd2:	0141                	add	sp,sp,16
80400bd4:	8082                	ret
80400bd6:	4422                	lw	s0,8(sp)
80400bd8:	40b2                	lw	ra,12(sp)
80400bda:	85ba                	mv	a1,a4
80400bdc:	853e                	mv	a0,a5
80400bde:	0141                	add	sp,sp,16
80400be0:	e8aff06f          	j	8040026a <console_read>
80400be4:	555d                	li	a0,-9
80400be6:	8082                	ret

80400be8 <file_write>:
80400be8:	4554                	lw	a3,12(a0)
80400bea:	c6b1                	beqz	a3,80400c36 <file_write+0x4e>
80400bec:	8732                	mv	a4,a2
80400bee:	4110                	lw	a2,0(a0)
80400bf0:	1141                	add	sp,sp,-16
80400bf2:	c422                	sw	s0,8(sp)
80400bf4:	c606                	sw	ra,12(sp)
80400bf6:	4685                	li	a3,1
80400bf8:	842a                	mv	s0,a0
80400bfa:	87ae                	mv	a5,a1
80400bfc:	02d60663          	beq	a2,a3,80400c28 <file_write+0x40>
80400c00:	4914                	lw	a3,16(a0)
80400c02:	4948                	lw	a0,20(a0)
80400c04:	ee99                	bnez	a3,80400c22 <file_write+0x3a>
80400c06:	4c14                	lw	a3,24(s0)
80400c08:	863e                	mv	a2,a5
80400c0a:	4585                	li	a1,1
80400c0c:	2b1000ef          	jal	804016bc <writei>
80400c10:	00a05563          	blez	a0,80400c1a <file_write+0x32>
80400c14:	4c1c                	lw	a5,24(s0)
80400c16:	97aa                	add	a5,a5,a0
80400c18:	cc1c                	sw	a5,24(s0)
80400c1a:	40b2                	lw	ra,12(sp)
80400c1c:	4422                	lw	s0,8(sp)
80400c1e:	0141                	add	sp,sp,16
80400c20:	8082                	ret
80400c22:	4554                	lw	a3,12(a0)
80400c24:	cc14                	sw	a3,24(s0)
80400c26:	b7cd                	j	80400c08 <file_write+0x20>
80400c28:	4422                	lw	s0,8(sp)
80400c2a:	40b2                	lw	ra,12(sp)
80400c2c:	85ba                	mv	a1,a4
80400c2e:	853e                	mv	a0,a5
80400c30:	0141                	add	sp,sp,16
80400c32:	ef0ff06f          	j	80400322 <console_write>
80400c36:	555d                	li	a0,-9
80400c38:	8082                	ret

80400c3a <file_seek>:
80400c3a:	411c                	lw	a5,0(a0)
80400c3c:	4709                	li	a4,2
80400c3e:	02e79963          	bne	a5,a4,80400c70 <file_seek+0x36>
80400c42:	c21d                	beqz	a2,80400c68 <file_seek+0x2e>
80400c44:	4705                	li	a4,1
80400c46:	02e60363          	beq	a2,a4,80400c6c <file_seek+0x32>
80400c4a:	02f61363          	bne	a2,a5,80400c70 <file_seek+0x36>
80400c4e:	495c                	lw	a5,20(a0)
80400c50:	47dc                	lw	a5,12(a5)
80400c52:	97ae                	add	a5,a5,a1
80400c54:	00b7b733          	sltu	a4,a5,a1
80400c58:	81fd                	srl	a1,a1,0x1f
80400c5a:	00e59b63          	bne	a1,a4,80400c70 <file_seek+0x36>
80400c5e:	0007c963          	bltz	a5,80400c70 <file_seek+0x36>
80400c62:	cd1c                	sw	a5,24(a0)
80400c64:	853e                	mv	a0,a5
80400c66:	8082                	ret
80400c68:	4781                	li	a5,0
80400c6a:	b7e5                	j	80400c52 <file_seek+0x18>
80400c6c:	4d1c                	lw	a5,24(a0)
80400c6e:	b7d5                	j	80400c52 <file_seek+0x18>
80400c70:	5529                	li	a0,-22
80400c72:	8082                	ret

80400c74 <bfree>:
80400c74:	804717b7          	lui	a5,0x80471
80400c78:	8c078793          	add	a5,a5,-1856 # 804708c0 <sb>
80400c7c:	5398                	lw	a4,32(a5)
80400c7e:	1101                	add	sp,sp,-32
80400c80:	c84a                	sw	s2,16(sp)
80400c82:	ce06                	sw	ra,28(sp)
80400c84:	cc22                	sw	s0,24(sp)
80400c86:	ca26                	sw	s1,20(sp)
80400c88:	c64e                	sw	s3,12(sp)
80400c8a:	892a                	mv	s2,a0
80400c8c:	04e56d63          	bltu	a0,a4,80400ce6 <bfree+0x72>
80400c90:	4798                	lw	a4,8(a5)
80400c92:	04e57a63          	bgeu	a0,a4,80400ce6 <bfree+0x72>
80400c96:	4b98                	lw	a4,16(a5)
80400c98:	4485                	li	s1,1
80400c9a:	00757793          	and	a5,a0,7
80400c9e:	813d                	srl	a0,a0,0xf
80400ca0:	00f494b3          	sll	s1,s1,a5
80400ca4:	953a                	add	a0,a0,a4
80400ca6:	01191793          	sll	a5,s2,0x11
80400caa:	0147d413          	srl	s0,a5,0x14
80400cae:	c54ff0ef          	jal	80400102 <bread>
80400cb2:	008507b3          	add	a5,a0,s0
80400cb6:	0187c703          	lbu	a4,24(a5)
80400cba:	0ff4f493          	zext.b	s1,s1
80400cbe:	89aa                	mv	s3,a0
80400cc0:	009776b3          	and	a3,a4,s1
80400cc4:	ca85                	beqz	a3,80400cf4 <bfree+0x80>
80400cc6:	fff4c493          	not	s1,s1
80400cca:	8f65                	and	a4,a4,s1
80400ccc:	00e78c23          	sb	a4,24(a5)
80400cd0:	c92ff0ef          	jal	80400162 <bdirty>
80400cd4:	4462                	lw	s0,24(sp)
80400cd6:	40f2                	lw	ra,28(sp)
80400cd8:	44d2                	lw	s1,20(sp)
80400cda:	4942                	lw	s2,16(sp)
80400cdc:	854e                	mv	a0,s3
80400cde:	49b2                	lw	s3,12(sp)
80400ce0:	6105                	add	sp,sp,32
80400ce2:	c86ff06f          	j	80400168 <brelse>
80400ce6:	80406537          	lui	a0,0x80406
80400cea:	85ca                	mv	a1,s2
80400cec:	07050513          	add	a0,a0,112 # 80406070 <__udivdi3+0x1144>
80400cf0:	775000ef          	jal	80401c64 <panic>
80400cf4:	80406537          	lui	a0,0x80406
80400cf8:	85ca                	mv	a1,s2
80400cfa:	09850513          	add	a0,a0,152 # 80406098 <__udivdi3+0x116c>
80400cfe:	767000ef          	jal	80401c64 <panic>

80400d02 <trim_indirect>:
80400d02:	7179                	add	sp,sp,-48
80400d04:	ce4e                	sw	s3,28(sp)
80400d06:	cc52                	sw	s4,24(sp)
80400d08:	c85a                	sw	s6,16(sp)
80400d0a:	c65e                	sw	s7,12(sp)
80400d0c:	c266                	sw	s9,4(sp)
80400d0e:	d606                	sw	ra,44(sp)
80400d10:	d422                	sw	s0,40(sp)
80400d12:	d226                	sw	s1,36(sp)
80400d14:	d04a                	sw	s2,32(sp)
80400d16:	ca56                	sw	s5,20(sp)
80400d18:	c462                	sw	s8,8(sp)
80400d1a:	c06a                	sw	s10,0(sp)
80400d1c:	4785                	li	a5,1
80400d1e:	8cb2                	mv	s9,a2
80400d20:	8baa                	mv	s7,a0
80400d22:	8b2e                	mv	s6,a1
80400d24:	89b6                	mv	s3,a3
80400d26:	4a05                	li	s4,1
80400d28:	00f60463          	beq	a2,a5,80400d30 <trim_indirect+0x2e>
80400d2c:	40000a13          	li	s4,1024
80400d30:	855e                	mv	a0,s7
80400d32:	6a85                	lui	s5,0x1
80400d34:	bceff0ef          	jal	80400102 <bread>
80400d38:	0ae1                	add	s5,s5,24 # 1018 <_entry-0x803fefe8>
80400d3a:	8c2a                	mv	s8,a0
80400d3c:	01850413          	add	s0,a0,24
80400d40:	9aaa                	add	s5,s5,a0
80400d42:	84da                	mv	s1,s6
80400d44:	4d05                	li	s10,1
80400d46:	4008                	lw	a0,0(s0)
80400d48:	009a0933          	add	s2,s4,s1
80400d4c:	cd01                	beqz	a0,80400d64 <trim_indirect+0x62>
80400d4e:	0129fb63          	bgeu	s3,s2,80400d64 <trim_indirect+0x62>
80400d52:	86ce                	mv	a3,s3
80400d54:	fffc8613          	add	a2,s9,-1 # f401efff <kernel_end+0x73b26fff>
80400d58:	85a6                	mv	a1,s1
80400d5a:	03ac8c63          	beq	s9,s10,80400d92 <trim_indirect+0x90>
80400d5e:	3755                	jal	80400d02 <trim_indirect>
80400d60:	0334fc63          	bgeu	s1,s3,80400d98 <trim_indirect+0x96>
80400d64:	0411                	add	s0,s0,4
80400d66:	84ca                	mv	s1,s2
80400d68:	fd541fe3          	bne	s0,s5,80400d46 <trim_indirect+0x44>
80400d6c:	8562                	mv	a0,s8
80400d6e:	bfaff0ef          	jal	80400168 <brelse>
80400d72:	033b7963          	bgeu	s6,s3,80400da4 <trim_indirect+0xa2>
80400d76:	50b2                	lw	ra,44(sp)
80400d78:	5422                	lw	s0,40(sp)
80400d7a:	5492                	lw	s1,36(sp)
80400d7c:	5902                	lw	s2,32(sp)
80400d7e:	49f2                	lw	s3,28(sp)
80400d80:	4a62                	lw	s4,24(sp)
80400d82:	4ad2                	lw	s5,20(sp)
80400d84:	4b42                	lw	s6,16(sp)
80400d86:	4bb2                	lw	s7,12(sp)
80400d88:	4c22                	lw	s8,8(sp)
80400d8a:	4c92                	lw	s9,4(sp)
80400d8c:	4d02                	lw	s10,0(sp)
80400d8e:	6145                	add	sp,sp,48
80400d90:	8082                	ret
80400d92:	35cd                	jal	80400c74 <bfree>
80400d94:	fd34e8e3          	bltu	s1,s3,80400d64 <trim_indirect+0x62>
80400d98:	00042023          	sw	zero,0(s0)
80400d9c:	8562                	mv	a0,s8
80400d9e:	bc4ff0ef          	jal	80400162 <bdirty>
80400da2:	b7c9                	j	80400d64 <trim_indirect+0x62>
80400da4:	5422                	lw	s0,40(sp)
80400da6:	50b2                	lw	ra,44(sp)
80400da8:	5492                	lw	s1,36(sp)
80400daa:	5902                	lw	s2,32(sp)
80400dac:	49f2                	lw	s3,28(sp)
80400dae:	4a62                	lw	s4,24(sp)
80400db0:	4ad2                	lw	s5,20(sp)
80400db2:	4b42                	lw	s6,16(sp)
80400db4:	4c22                	lw	s8,8(sp)
80400db6:	4c92                	lw	s9,4(sp)
80400db8:	4d02                	lw	s10,0(sp)
80400dba:	855e                	mv	a0,s7
80400dbc:	4bb2                	lw	s7,12(sp)
80400dbe:	6145                	add	sp,sp,48
80400dc0:	bd55                	j	80400c74 <bfree>

80400dc2 <iget.part.0>:
80400dc2:	1141                	add	sp,sp,-16
80400dc4:	8046f7b7          	lui	a5,0x8046f
80400dc8:	c422                	sw	s0,8(sp)
80400dca:	c226                	sw	s1,4(sp)
80400dcc:	c606                	sw	ra,12(sp)
80400dce:	84aa                	mv	s1,a0
80400dd0:	4401                	li	s0,0
80400dd2:	6c078513          	add	a0,a5,1728 # 8046f6c0 <inodes>
80400dd6:	4701                	li	a4,0
80400dd8:	6c078793          	add	a5,a5,1728
80400ddc:	04000593          	li	a1,64
80400de0:	a809                	j	80400df2 <iget.part.0+0x30>
80400de2:	4390                	lw	a2,0(a5)
80400de4:	08960263          	beq	a2,s1,80400e68 <iget.part.0+0xa6>
80400de8:	0705                	add	a4,a4,1
80400dea:	04878793          	add	a5,a5,72
80400dee:	00b70d63          	beq	a4,a1,80400e08 <iget.part.0+0x46>
80400df2:	43d4                	lw	a3,4(a5)
80400df4:	fed047e3          	bgtz	a3,80400de2 <iget.part.0+0x20>
80400df8:	f865                	bnez	s0,80400de8 <iget.part.0+0x26>
80400dfa:	f6fd                	bnez	a3,80400de8 <iget.part.0+0x26>
80400dfc:	0705                	add	a4,a4,1
80400dfe:	843e                	mv	s0,a5
80400e00:	04878793          	add	a5,a5,72
80400e04:	feb717e3          	bne	a4,a1,80400df2 <iget.part.0+0x30>
80400e08:	c43d                	beqz	s0,80400e76 <iget.part.0+0xb4>
80400e0a:	804717b7          	lui	a5,0x80471
80400e0e:	8d87a783          	lw	a5,-1832(a5) # 804708d8 <sb+0x18>
80400e12:	0064d513          	srl	a0,s1,0x6
80400e16:	953e                	add	a0,a0,a5
80400e18:	aeaff0ef          	jal	80400102 <bread>
80400e1c:	03f4f793          	and	a5,s1,63
80400e20:	00679693          	sll	a3,a5,0x6
80400e24:	96aa                	add	a3,a3,a0
80400e26:	01868793          	add	a5,a3,24 # bfdf018 <_entry-0x74420fe8>
80400e2a:	00840713          	add	a4,s0,8
80400e2e:	05868693          	add	a3,a3,88
80400e32:	0007a883          	lw	a7,0(a5)
80400e36:	0047a803          	lw	a6,4(a5)
80400e3a:	478c                	lw	a1,8(a5)
80400e3c:	47d0                	lw	a2,12(a5)
80400e3e:	01172023          	sw	a7,0(a4)
80400e42:	01072223          	sw	a6,4(a4)
80400e46:	c70c                	sw	a1,8(a4)
80400e48:	c750                	sw	a2,12(a4)
80400e4a:	07c1                	add	a5,a5,16
80400e4c:	0741                	add	a4,a4,16
80400e4e:	fed792e3          	bne	a5,a3,80400e32 <iget.part.0+0x70>
80400e52:	b16ff0ef          	jal	80400168 <brelse>
80400e56:	4785                	li	a5,1
80400e58:	c004                	sw	s1,0(s0)
80400e5a:	40b2                	lw	ra,12(sp)
80400e5c:	c05c                	sw	a5,4(s0)
80400e5e:	8522                	mv	a0,s0
80400e60:	4422                	lw	s0,8(sp)
80400e62:	4492                	lw	s1,4(sp)
80400e64:	0141                	add	sp,sp,16
80400e66:	8082                	ret
80400e68:	00371413          	sll	s0,a4,0x3
80400e6c:	943a                	add	s0,s0,a4
80400e6e:	040e                	sll	s0,s0,0x3
80400e70:	942a                	add	s0,s0,a0
80400e72:	0685                	add	a3,a3,1
80400e74:	c054                	sw	a3,4(s0)
80400e76:	40b2                	lw	ra,12(sp)
80400e78:	8522                	mv	a0,s0
80400e7a:	4422                	lw	s0,8(sp)
80400e7c:	4492                	lw	s1,4(sp)
80400e7e:	0141                	add	sp,sp,16
80400e80:	8082                	ret

80400e82 <balloc>:
80400e82:	7179                	add	sp,sp,-48
80400e84:	d04a                	sw	s2,32(sp)
80400e86:	80471937          	lui	s2,0x80471
80400e8a:	8c090913          	add	s2,s2,-1856 # 804708c0 <sb>
80400e8e:	02092783          	lw	a5,32(s2)
80400e92:	00892703          	lw	a4,8(s2)
80400e96:	ce4e                	sw	s3,28(sp)
80400e98:	d606                	sw	ra,44(sp)
80400e9a:	d422                	sw	s0,40(sp)
80400e9c:	d226                	sw	s1,36(sp)
80400e9e:	cc52                	sw	s4,24(sp)
80400ea0:	ca56                	sw	s5,20(sp)
80400ea2:	c85a                	sw	s6,16(sp)
80400ea4:	c65e                	sw	s7,12(sp)
80400ea6:	c462                	sw	s8,8(sp)
80400ea8:	c266                	sw	s9,4(sp)
80400eaa:	40f709b3          	sub	s3,a4,a5
80400eae:	08f70963          	beq	a4,a5,80400f40 <balloc+0xbe>
80400eb2:	6a05                	lui	s4,0x1
80400eb4:	4c81                	li	s9,0
80400eb6:	80428ab7          	lui	s5,0x80428
80400eba:	1a7d                	add	s4,s4,-1 # fff <_entry-0x803ff001>
80400ebc:	4b05                	li	s6,1
80400ebe:	a039                	j	80400ecc <balloc+0x4a>
80400ec0:	aa8ff0ef          	jal	80400168 <brelse>
80400ec4:	07998e63          	beq	s3,s9,80400f40 <balloc+0xbe>
80400ec8:	02092783          	lw	a5,32(s2)
80400ecc:	024aa403          	lw	s0,36(s5) # 80428024 <alloc_hint>
80400ed0:	01092703          	lw	a4,16(s2)
80400ed4:	9466                	add	s0,s0,s9
80400ed6:	8c1d                	sub	s0,s0,a5
80400ed8:	03347433          	remu	s0,s0,s3
80400edc:	0c85                	add	s9,s9,1
80400ede:	943e                	add	s0,s0,a5
80400ee0:	00f45513          	srl	a0,s0,0xf
80400ee4:	00345793          	srl	a5,s0,0x3
80400ee8:	953a                	add	a0,a0,a4
80400eea:	0147f4b3          	and	s1,a5,s4
80400eee:	a14ff0ef          	jal	80400102 <bread>
80400ef2:	009507b3          	add	a5,a0,s1
80400ef6:	0187c703          	lbu	a4,24(a5)
80400efa:	00747b93          	and	s7,s0,7
80400efe:	017b1bb3          	sll	s7,s6,s7
80400f02:	0ffbfb93          	zext.b	s7,s7
80400f06:	017776b3          	and	a3,a4,s7
80400f0a:	8c2a                	mv	s8,a0
80400f0c:	fad5                	bnez	a3,80400ec0 <balloc+0x3e>
80400f0e:	01776733          	or	a4,a4,s7
80400f12:	00e78c23          	sb	a4,24(a5)
80400f16:	a4cff0ef          	jal	80400162 <bdirty>
80400f1a:	8562                	mv	a0,s8
80400f1c:	a4cff0ef          	jal	80400168 <brelse>
80400f20:	8522                	mv	a0,s0
80400f22:	a1cff0ef          	jal	8040013e <bclear>
80400f26:	a42ff0ef          	jal	80400168 <brelse>
80400f2a:	00892703          	lw	a4,8(s2)
80400f2e:	00140793          	add	a5,s0,1
80400f32:	00e7e463          	bltu	a5,a4,80400f3a <balloc+0xb8>
80400f36:	02092783          	lw	a5,32(s2)
80400f3a:	02faa223          	sw	a5,36(s5)
80400f3e:	a011                	j	80400f42 <balloc+0xc0>
80400f40:	4401                	li	s0,0
80400f42:	50b2                	lw	ra,44(sp)
80400f44:	8522                	mv	a0,s0
80400f46:	5422                	lw	s0,40(sp)
80400f48:	5492                	lw	s1,36(sp)
80400f4a:	5902                	lw	s2,32(sp)
80400f4c:	49f2                	lw	s3,28(sp)
80400f4e:	4a62                	lw	s4,24(sp)
80400f50:	4ad2                	lw	s5,20(sp)
80400f52:	4b42                	lw	s6,16(sp)
80400f54:	4bb2                	lw	s7,12(sp)
80400f56:	4c22                	lw	s8,8(sp)
80400f58:	4c92                	lw	s9,4(sp)
80400f5a:	6145                	add	sp,sp,48
80400f5c:	8082                	ret

80400f5e <bmap>:
80400f5e:	1101                	add	sp,sp,-32
80400f60:	cc22                	sw	s0,24(sp)
80400f62:	ca26                	sw	s1,20(sp)
80400f64:	c84a                	sw	s2,16(sp)
80400f66:	ce06                	sw	ra,28(sp)
80400f68:	c64e                	sw	s3,12(sp)
80400f6a:	c452                	sw	s4,8(sp)
80400f6c:	47ad                	li	a5,11
80400f6e:	842e                	mv	s0,a1
80400f70:	84aa                	mv	s1,a0
80400f72:	8932                	mv	s2,a2
80400f74:	0cb7f163          	bgeu	a5,a1,80401036 <bmap+0xd8>
80400f78:	ff458993          	add	s3,a1,-12 # bfdfff4 <_entry-0x7442000c>
80400f7c:	3ff00793          	li	a5,1023
80400f80:	0f37f963          	bgeu	a5,s3,80401072 <bmap+0x114>
80400f84:	4168                	lw	a0,68(a0)
80400f86:	ed01                	bnez	a0,80400f9e <bmap+0x40>
80400f88:	ee1d                	bnez	a2,80400fc6 <bmap+0x68>
80400f8a:	4401                	li	s0,0
80400f8c:	40f2                	lw	ra,28(sp)
80400f8e:	8522                	mv	a0,s0
80400f90:	4462                	lw	s0,24(sp)
80400f92:	44d2                	lw	s1,20(sp)
80400f94:	4942                	lw	s2,16(sp)
80400f96:	49b2                	lw	s3,12(sp)
80400f98:	4a22                	lw	s4,8(sp)
80400f9a:	6105                	add	sp,sp,32
80400f9c:	8082                	ret
80400f9e:	964ff0ef          	jal	80400102 <bread>
80400fa2:	bf440413          	add	s0,s0,-1036
80400fa6:	00a45793          	srl	a5,s0,0xa
80400faa:	01850993          	add	s3,a0,24
80400fae:	078a                	sll	a5,a5,0x2
80400fb0:	99be                	add	s3,s3,a5
80400fb2:	0009aa03          	lw	s4,0(s3)
80400fb6:	84aa                	mv	s1,a0
80400fb8:	080a1a63          	bnez	s4,8040104c <bmap+0xee>
80400fbc:	02091763          	bnez	s2,80400fea <bmap+0x8c>
80400fc0:	9a8ff0ef          	jal	80400168 <brelse>
80400fc4:	b7d9                	j	80400f8a <bmap+0x2c>
80400fc6:	3d75                	jal	80400e82 <balloc>
80400fc8:	c0e8                	sw	a0,68(s1)
80400fca:	d161                	beqz	a0,80400f8a <bmap+0x2c>
80400fcc:	936ff0ef          	jal	80400102 <bread>
80400fd0:	bf440413          	add	s0,s0,-1036
80400fd4:	00a45793          	srl	a5,s0,0xa
80400fd8:	01850993          	add	s3,a0,24
80400fdc:	078a                	sll	a5,a5,0x2
80400fde:	99be                	add	s3,s3,a5
80400fe0:	0009aa03          	lw	s4,0(s3)
80400fe4:	84aa                	mv	s1,a0
80400fe6:	060a1363          	bnez	s4,8040104c <bmap+0xee>
80400fea:	3d61                	jal	80400e82 <balloc>
80400fec:	892a                	mv	s2,a0
80400fee:	8526                	mv	a0,s1
80400ff0:	fc0908e3          	beqz	s2,80400fc0 <bmap+0x62>
80400ff4:	0129a023          	sw	s2,0(s3)
80400ff8:	96aff0ef          	jal	80400162 <bdirty>
80400ffc:	8526                	mv	a0,s1
80400ffe:	96aff0ef          	jal	80400168 <brelse>
80401002:	854a                	mv	a0,s2
80401004:	8feff0ef          	jal	80400102 <bread>
80401008:	3ff47413          	and	s0,s0,1023
8040100c:	00241793          	sll	a5,s0,0x2
80401010:	01850993          	add	s3,a0,24
80401014:	99be                	add	s3,s3,a5
80401016:	0009a403          	lw	s0,0(s3)
8040101a:	84aa                	mv	s1,a0
8040101c:	e809                	bnez	s0,8040102e <bmap+0xd0>
8040101e:	3595                	jal	80400e82 <balloc>
80401020:	842a                	mv	s0,a0
80401022:	c511                	beqz	a0,8040102e <bmap+0xd0>
80401024:	00a9a023          	sw	a0,0(s3)
80401028:	8526                	mv	a0,s1
8040102a:	938ff0ef          	jal	80400162 <bdirty>
8040102e:	8526                	mv	a0,s1
80401030:	938ff0ef          	jal	80400168 <brelse>
80401034:	bfa1                	j	80400f8c <bmap+0x2e>
80401036:	00259413          	sll	s0,a1,0x2
8040103a:	008504b3          	add	s1,a0,s0
8040103e:	4880                	lw	s0,16(s1)
80401040:	f431                	bnez	s0,80400f8c <bmap+0x2e>
80401042:	d629                	beqz	a2,80400f8c <bmap+0x2e>
80401044:	3d3d                	jal	80400e82 <balloc>
80401046:	842a                	mv	s0,a0
80401048:	c888                	sw	a0,16(s1)
8040104a:	b789                	j	80400f8c <bmap+0x2e>
8040104c:	8526                	mv	a0,s1
8040104e:	91aff0ef          	jal	80400168 <brelse>
80401052:	8552                	mv	a0,s4
80401054:	8aeff0ef          	jal	80400102 <bread>
80401058:	3ff47413          	and	s0,s0,1023
8040105c:	040a                	sll	s0,s0,0x2
8040105e:	01850993          	add	s3,a0,24
80401062:	99a2                	add	s3,s3,s0
80401064:	0009a403          	lw	s0,0(s3)
80401068:	84aa                	mv	s1,a0
8040106a:	f071                	bnez	s0,8040102e <bmap+0xd0>
8040106c:	fc0901e3          	beqz	s2,8040102e <bmap+0xd0>
80401070:	b77d                	j	8040101e <bmap+0xc0>
80401072:	4128                	lw	a0,64(a0)
80401074:	cd11                	beqz	a0,80401090 <bmap+0x132>
80401076:	88cff0ef          	jal	80400102 <bread>
8040107a:	01850793          	add	a5,a0,24
8040107e:	098a                	sll	s3,s3,0x2
80401080:	99be                	add	s3,s3,a5
80401082:	0009a403          	lw	s0,0(s3)
80401086:	84aa                	mv	s1,a0
80401088:	f05d                	bnez	s0,8040102e <bmap+0xd0>
8040108a:	fa0902e3          	beqz	s2,8040102e <bmap+0xd0>
8040108e:	bf41                	j	8040101e <bmap+0xc0>
80401090:	ee060de3          	beqz	a2,80400f8a <bmap+0x2c>
80401094:	33fd                	jal	80400e82 <balloc>
80401096:	c0a8                	sw	a0,64(s1)
80401098:	ee0509e3          	beqz	a0,80400f8a <bmap+0x2c>
8040109c:	866ff0ef          	jal	80400102 <bread>
804010a0:	01850793          	add	a5,a0,24
804010a4:	098a                	sll	s3,s3,0x2
804010a6:	99be                	add	s3,s3,a5
804010a8:	0009a403          	lw	s0,0(s3)
804010ac:	84aa                	mv	s1,a0
804010ae:	d825                	beqz	s0,8040101e <bmap+0xc0>
804010b0:	bfbd                	j	8040102e <bmap+0xd0>

804010b2 <fs_init>:
804010b2:	1141                	add	sp,sp,-16
804010b4:	4501                	li	a0,0
804010b6:	c606                	sw	ra,12(sp)
804010b8:	c422                	sw	s0,8(sp)
804010ba:	c226                	sw	s1,4(sp)
804010bc:	80471437          	lui	s0,0x80471
804010c0:	842ff0ef          	jal	80400102 <bread>
804010c4:	01850593          	add	a1,a0,24
804010c8:	02400613          	li	a2,36
804010cc:	84aa                	mv	s1,a0
804010ce:	8c040513          	add	a0,s0,-1856 # 804708c0 <sb>
804010d2:	194010ef          	jal	80402266 <memcpy>
804010d6:	8526                	mv	a0,s1
804010d8:	890ff0ef          	jal	80400168 <brelse>
804010dc:	0e0020ef          	jal	804031bc <disk_capacity>
804010e0:	8c040793          	add	a5,s0,-1856
804010e4:	4394                	lw	a3,0(a5)
804010e6:	53466737          	lui	a4,0x53466
804010ea:	84570713          	add	a4,a4,-1979 # 53465845 <_entry-0x2cf9a7bb>
804010ee:	08e69363          	bne	a3,a4,80401174 <fs_init+0xc2>
804010f2:	43cc                	lw	a1,4(a5)
804010f4:	4705                	li	a4,1
804010f6:	06e59f63          	bne	a1,a4,80401174 <fs_init+0xc2>
804010fa:	4790                	lw	a2,8(a5)
804010fc:	810d                	srl	a0,a0,0x3
804010fe:	06c56b63          	bltu	a0,a2,80401174 <fs_init+0xc2>
80401102:	4b98                	lw	a4,16(a5)
80401104:	cb25                	beqz	a4,80401174 <fs_init+0xc2>
80401106:	4bc8                	lw	a0,20(a5)
80401108:	00f51693          	sll	a3,a0,0xf
8040110c:	06c6e463          	bltu	a3,a2,80401174 <fs_init+0xc2>
80401110:	4f94                	lw	a3,24(a5)
80401112:	972a                	add	a4,a4,a0
80401114:	06e6e063          	bltu	a3,a4,80401174 <fs_init+0xc2>
80401118:	4fc8                	lw	a0,28(a5)
8040111a:	47d8                	lw	a4,12(a5)
8040111c:	00651813          	sll	a6,a0,0x6
80401120:	04e86a63          	bltu	a6,a4,80401174 <fs_init+0xc2>
80401124:	04e5f863          	bgeu	a1,a4,80401174 <fs_init+0xc2>
80401128:	539c                	lw	a5,32(a5)
8040112a:	96aa                	add	a3,a3,a0
8040112c:	04d7e463          	bltu	a5,a3,80401174 <fs_init+0xc2>
80401130:	04f66263          	bltu	a2,a5,80401174 <fs_init+0xc2>
80401134:	80428737          	lui	a4,0x80428
80401138:	4505                	li	a0,1
8040113a:	02f72223          	sw	a5,36(a4) # 80428024 <alloc_hint>
8040113e:	3151                	jal	80400dc2 <iget.part.0>
80401140:	804287b7          	lui	a5,0x80428
80401144:	02a7a423          	sw	a0,40(a5) # 80428028 <root>
80401148:	c105                	beqz	a0,80401168 <fs_init+0xb6>
8040114a:	00855703          	lhu	a4,8(a0)
8040114e:	4789                	li	a5,2
80401150:	00f71c63          	bne	a4,a5,80401168 <fs_init+0xb6>
80401154:	40b2                	lw	ra,12(sp)
80401156:	4422                	lw	s0,8(sp)
80401158:	804287b7          	lui	a5,0x80428
8040115c:	4705                	li	a4,1
8040115e:	02e7a623          	sw	a4,44(a5) # 8042802c <mounted>
80401162:	4492                	lw	s1,4(sp)
80401164:	0141                	add	sp,sp,16
80401166:	8082                	ret
80401168:	80406537          	lui	a0,0x80406
8040116c:	0e450513          	add	a0,a0,228 # 804060e4 <__udivdi3+0x11b8>
80401170:	2f5000ef          	jal	80401c64 <panic>
80401174:	80406537          	lui	a0,0x80406
80401178:	0b850513          	add	a0,a0,184 # 804060b8 <__udivdi3+0x118c>
8040117c:	2e9000ef          	jal	80401c64 <panic>

80401180 <fs_mounted>:
80401180:	804287b7          	lui	a5,0x80428
80401184:	02c7a503          	lw	a0,44(a5) # 8042802c <mounted>
80401188:	8082                	ret

8040118a <fs_root>:
8040118a:	804287b7          	lui	a5,0x80428
8040118e:	0287a503          	lw	a0,40(a5) # 80428028 <root>
80401192:	8082                	ret

80401194 <iupdate>:
80401194:	1141                	add	sp,sp,-16
80401196:	c422                	sw	s0,8(sp)
80401198:	804717b7          	lui	a5,0x80471
8040119c:	4100                	lw	s0,0(a0)
8040119e:	8d87a783          	lw	a5,-1832(a5) # 804708d8 <sb+0x18>
804011a2:	c226                	sw	s1,4(sp)
804011a4:	84aa                	mv	s1,a0
804011a6:	00645513          	srl	a0,s0,0x6
804011aa:	953e                	add	a0,a0,a5
804011ac:	03f47413          	and	s0,s0,63
804011b0:	c04a                	sw	s2,0(sp)
804011b2:	c606                	sw	ra,12(sp)
804011b4:	041a                	sll	s0,s0,0x6
804011b6:	f4dfe0ef          	jal	80400102 <bread>
804011ba:	008507b3          	add	a5,a0,s0
804011be:	00848713          	add	a4,s1,8
804011c2:	892a                	mv	s2,a0
804011c4:	07e1                	add	a5,a5,24
804011c6:	04848493          	add	s1,s1,72
804011ca:	4308                	lw	a0,0(a4)
804011cc:	434c                	lw	a1,4(a4)
804011ce:	4710                	lw	a2,8(a4)
804011d0:	4754                	lw	a3,12(a4)
804011d2:	c388                	sw	a0,0(a5)
804011d4:	c3cc                	sw	a1,4(a5)
804011d6:	c790                	sw	a2,8(a5)
804011d8:	c7d4                	sw	a3,12(a5)
804011da:	0741                	add	a4,a4,16
804011dc:	07c1                	add	a5,a5,16
804011de:	fe9716e3          	bne	a4,s1,804011ca <iupdate+0x36>
804011e2:	854a                	mv	a0,s2
804011e4:	f7ffe0ef          	jal	80400162 <bdirty>
804011e8:	4422                	lw	s0,8(sp)
804011ea:	40b2                	lw	ra,12(sp)
804011ec:	4492                	lw	s1,4(sp)
804011ee:	854a                	mv	a0,s2
804011f0:	4902                	lw	s2,0(sp)
804011f2:	0141                	add	sp,sp,16
804011f4:	f75fe06f          	j	80400168 <brelse>

804011f8 <trim_blocks>:
804011f8:	7179                	add	sp,sp,-48
804011fa:	d04a                	sw	s2,32(sp)
804011fc:	cc52                	sw	s4,24(sp)
804011fe:	d606                	sw	ra,44(sp)
80401200:	d422                	sw	s0,40(sp)
80401202:	d226                	sw	s1,36(sp)
80401204:	ce4e                	sw	s3,28(sp)
80401206:	ca56                	sw	s5,20(sp)
80401208:	c85a                	sw	s6,16(sp)
8040120a:	c65e                	sw	s7,12(sp)
8040120c:	47ad                	li	a5,11
8040120e:	892e                	mv	s2,a1
80401210:	8a2a                	mv	s4,a0
80401212:	02b7e463          	bltu	a5,a1,8040123a <trim_blocks+0x42>
80401216:	00259413          	sll	s0,a1,0x2
8040121a:	942a                	add	s0,s0,a0
8040121c:	03050493          	add	s1,a0,48
80401220:	a021                	j	80401228 <trim_blocks+0x30>
80401222:	0411                	add	s0,s0,4
80401224:	00940b63          	beq	s0,s1,8040123a <trim_blocks+0x42>
80401228:	4808                	lw	a0,16(s0)
8040122a:	dd65                	beqz	a0,80401222 <trim_blocks+0x2a>
8040122c:	a49ff0ef          	jal	80400c74 <bfree>
80401230:	0411                	add	s0,s0,4
80401232:	00042623          	sw	zero,12(s0)
80401236:	fe9419e3          	bne	s0,s1,80401228 <trim_blocks+0x30>
8040123a:	040a2b83          	lw	s7,64(s4)
8040123e:	020b9263          	bnez	s7,80401262 <trim_blocks+0x6a>
80401242:	044a2b83          	lw	s7,68(s4)
80401246:	060b9d63          	bnez	s7,804012c0 <trim_blocks+0xc8>
8040124a:	5422                	lw	s0,40(sp)
8040124c:	50b2                	lw	ra,44(sp)
8040124e:	5492                	lw	s1,36(sp)
80401250:	5902                	lw	s2,32(sp)
80401252:	49f2                	lw	s3,28(sp)
80401254:	4ad2                	lw	s5,20(sp)
80401256:	4b42                	lw	s6,16(sp)
80401258:	4bb2                	lw	s7,12(sp)
8040125a:	8552                	mv	a0,s4
8040125c:	4a62                	lw	s4,24(sp)
8040125e:	6145                	add	sp,sp,48
80401260:	bf15                	j	80401194 <iupdate>
80401262:	855e                	mv	a0,s7
80401264:	e9ffe0ef          	jal	80400102 <bread>
80401268:	8b2a                	mv	s6,a0
8040126a:	01850493          	add	s1,a0,24
8040126e:	4431                	li	s0,12
80401270:	40c00a93          	li	s5,1036
80401274:	a029                	j	8040127e <trim_blocks+0x86>
80401276:	0491                	add	s1,s1,4
80401278:	844e                	mv	s0,s3
8040127a:	03598563          	beq	s3,s5,804012a4 <trim_blocks+0xac>
8040127e:	4088                	lw	a0,0(s1)
80401280:	00140993          	add	s3,s0,1
80401284:	d96d                	beqz	a0,80401276 <trim_blocks+0x7e>
80401286:	ff3978e3          	bgeu	s2,s3,80401276 <trim_blocks+0x7e>
8040128a:	9ebff0ef          	jal	80400c74 <bfree>
8040128e:	ff2464e3          	bltu	s0,s2,80401276 <trim_blocks+0x7e>
80401292:	0004a023          	sw	zero,0(s1)
80401296:	855a                	mv	a0,s6
80401298:	ecbfe0ef          	jal	80400162 <bdirty>
8040129c:	0491                	add	s1,s1,4
8040129e:	844e                	mv	s0,s3
804012a0:	fd599fe3          	bne	s3,s5,8040127e <trim_blocks+0x86>
804012a4:	855a                	mv	a0,s6
804012a6:	ec3fe0ef          	jal	80400168 <brelse>
804012aa:	47b1                	li	a5,12
804012ac:	0727fc63          	bgeu	a5,s2,80401324 <trim_blocks+0x12c>
804012b0:	040a2783          	lw	a5,64(s4)
804012b4:	04fa2023          	sw	a5,64(s4)
804012b8:	044a2b83          	lw	s7,68(s4)
804012bc:	f80b87e3          	beqz	s7,8040124a <trim_blocks+0x52>
804012c0:	855e                	mv	a0,s7
804012c2:	6a85                	lui	s5,0x1
804012c4:	e3ffe0ef          	jal	80400102 <bread>
804012c8:	0ae1                	add	s5,s5,24 # 1018 <_entry-0x803fefe8>
804012ca:	8b2a                	mv	s6,a0
804012cc:	01850413          	add	s0,a0,24
804012d0:	9aaa                	add	s5,s5,a0
804012d2:	40c00493          	li	s1,1036
804012d6:	a029                	j	804012e0 <trim_blocks+0xe8>
804012d8:	0411                	add	s0,s0,4
804012da:	84ce                	mv	s1,s3
804012dc:	03540863          	beq	s0,s5,8040130c <trim_blocks+0x114>
804012e0:	4008                	lw	a0,0(s0)
804012e2:	40048993          	add	s3,s1,1024
804012e6:	85a6                	mv	a1,s1
804012e8:	86ca                	mv	a3,s2
804012ea:	4605                	li	a2,1
804012ec:	d575                	beqz	a0,804012d8 <trim_blocks+0xe0>
804012ee:	ff3975e3          	bgeu	s2,s3,804012d8 <trim_blocks+0xe0>
804012f2:	a11ff0ef          	jal	80400d02 <trim_indirect>
804012f6:	ff24e1e3          	bltu	s1,s2,804012d8 <trim_blocks+0xe0>
804012fa:	00042023          	sw	zero,0(s0)
804012fe:	855a                	mv	a0,s6
80401300:	0411                	add	s0,s0,4
80401302:	e61fe0ef          	jal	80400162 <bdirty>
80401306:	84ce                	mv	s1,s3
80401308:	fd541ce3          	bne	s0,s5,804012e0 <trim_blocks+0xe8>
8040130c:	855a                	mv	a0,s6
8040130e:	e5bfe0ef          	jal	80400168 <brelse>
80401312:	40c00793          	li	a5,1036
80401316:	0127fe63          	bgeu	a5,s2,80401332 <trim_blocks+0x13a>
8040131a:	044a2783          	lw	a5,68(s4)
8040131e:	04fa2223          	sw	a5,68(s4)
80401322:	b725                	j	8040124a <trim_blocks+0x52>
80401324:	855e                	mv	a0,s7
80401326:	94fff0ef          	jal	80400c74 <bfree>
8040132a:	4781                	li	a5,0
8040132c:	04fa2023          	sw	a5,64(s4)
80401330:	b761                	j	804012b8 <trim_blocks+0xc0>
80401332:	855e                	mv	a0,s7
80401334:	941ff0ef          	jal	80400c74 <bfree>
80401338:	4781                	li	a5,0
8040133a:	04fa2223          	sw	a5,68(s4)
8040133e:	b731                	j	8040124a <trim_blocks+0x52>

80401340 <inum_valid>:
80401340:	c901                	beqz	a0,80401350 <inum_valid+0x10>
80401342:	804717b7          	lui	a5,0x80471
80401346:	8cc7a783          	lw	a5,-1844(a5) # 804708cc <sb+0xc>
8040134a:	00f53533          	sltu	a0,a0,a5
8040134e:	8082                	ret
80401350:	4501                	li	a0,0
80401352:	8082                	ret

80401354 <iget>:
80401354:	85aa                	mv	a1,a0
80401356:	c909                	beqz	a0,80401368 <iget+0x14>
80401358:	804717b7          	lui	a5,0x80471
8040135c:	8cc7a783          	lw	a5,-1844(a5) # 804708cc <sb+0xc>
80401360:	00f57463          	bgeu	a0,a5,80401368 <iget+0x14>
80401364:	a5fff06f          	j	80400dc2 <iget.part.0>
80401368:	80406537          	lui	a0,0x80406
8040136c:	1141                	add	sp,sp,-16
8040136e:	10c50513          	add	a0,a0,268 # 8040610c <__udivdi3+0x11e0>
80401372:	c606                	sw	ra,12(sp)
80401374:	0f1000ef          	jal	80401c64 <panic>

80401378 <istat>:
80401378:	1141                	add	sp,sp,-16
8040137a:	8046f7b7          	lui	a5,0x8046f
8040137e:	c422                	sw	s0,8(sp)
80401380:	c226                	sw	s1,4(sp)
80401382:	c04a                	sw	s2,0(sp)
80401384:	84b2                	mv	s1,a2
80401386:	c606                	sw	ra,12(sp)
80401388:	6c078613          	add	a2,a5,1728 # 8046f6c0 <inodes>
8040138c:	842a                	mv	s0,a0
8040138e:	892e                	mv	s2,a1
80401390:	6c078793          	add	a5,a5,1728
80401394:	4701                	li	a4,0
80401396:	04000813          	li	a6,64
8040139a:	a031                	j	804013a6 <istat+0x2e>
8040139c:	0705                	add	a4,a4,1
8040139e:	04878793          	add	a5,a5,72
804013a2:	03070963          	beq	a4,a6,804013d4 <istat+0x5c>
804013a6:	43d4                	lw	a3,4(a5)
804013a8:	fed05ae3          	blez	a3,8040139c <istat+0x24>
804013ac:	4394                	lw	a3,0(a5)
804013ae:	fe8697e3          	bne	a3,s0,8040139c <istat+0x24>
804013b2:	00371793          	sll	a5,a4,0x3
804013b6:	97ba                	add	a5,a5,a4
804013b8:	078e                	sll	a5,a5,0x3
804013ba:	97b2                	add	a5,a5,a2
804013bc:	0087d703          	lhu	a4,8(a5)
804013c0:	47dc                	lw	a5,12(a5)
804013c2:	40b2                	lw	ra,12(sp)
804013c4:	4422                	lw	s0,8(sp)
804013c6:	00e91023          	sh	a4,0(s2)
804013ca:	c09c                	sw	a5,0(s1)
804013cc:	4902                	lw	s2,0(sp)
804013ce:	4492                	lw	s1,4(sp)
804013d0:	0141                	add	sp,sp,16
804013d2:	8082                	ret
804013d4:	804717b7          	lui	a5,0x80471
804013d8:	8d87a783          	lw	a5,-1832(a5) # 804708d8 <sb+0x18>
804013dc:	00645513          	srl	a0,s0,0x6
804013e0:	03f47413          	and	s0,s0,63
804013e4:	953e                	add	a0,a0,a5
804013e6:	d1dfe0ef          	jal	80400102 <bread>
804013ea:	041a                	sll	s0,s0,0x6
804013ec:	01850793          	add	a5,a0,24
804013f0:	97a2                	add	a5,a5,s0
804013f2:	0007d703          	lhu	a4,0(a5)
804013f6:	43dc                	lw	a5,4(a5)
804013f8:	4422                	lw	s0,8(sp)
804013fa:	00e91023          	sh	a4,0(s2)
804013fe:	40b2                	lw	ra,12(sp)
80401400:	4902                	lw	s2,0(sp)
80401402:	c09c                	sw	a5,0(s1)
80401404:	4492                	lw	s1,4(sp)
80401406:	0141                	add	sp,sp,16
80401408:	d61fe06f          	j	80400168 <brelse>

8040140c <ialloc>:
8040140c:	7179                	add	sp,sp,-48
8040140e:	d226                	sw	s1,36(sp)
80401410:	804714b7          	lui	s1,0x80471
80401414:	8c048493          	add	s1,s1,-1856 # 804708c0 <sb>
80401418:	44dc                	lw	a5,12(s1)
8040141a:	d422                	sw	s0,40(sp)
8040141c:	d04a                	sw	s2,32(sp)
8040141e:	ce4e                	sw	s3,28(sp)
80401420:	d606                	sw	ra,44(sp)
80401422:	4409                	li	s0,2
80401424:	89aa                	mv	s3,a0
80401426:	892e                	mv	s2,a1
80401428:	00f47e63          	bgeu	s0,a5,80401444 <ialloc+0x38>
8040142c:	0070                	add	a2,sp,12
8040142e:	00a10593          	add	a1,sp,10
80401432:	8522                	mv	a0,s0
80401434:	3791                	jal	80401378 <istat>
80401436:	00a15783          	lhu	a5,10(sp)
8040143a:	cf89                	beqz	a5,80401454 <ialloc+0x48>
8040143c:	44dc                	lw	a5,12(s1)
8040143e:	0405                	add	s0,s0,1
80401440:	fef466e3          	bltu	s0,a5,8040142c <ialloc+0x20>
80401444:	5511                	li	a0,-28
80401446:	50b2                	lw	ra,44(sp)
80401448:	5422                	lw	s0,40(sp)
8040144a:	5492                	lw	s1,36(sp)
8040144c:	5902                	lw	s2,32(sp)
8040144e:	49f2                	lw	s3,28(sp)
80401450:	6145                	add	sp,sp,48
80401452:	8082                	ret
80401454:	44dc                	lw	a5,12(s1)
80401456:	04f47063          	bgeu	s0,a5,80401496 <ialloc+0x8a>
8040145a:	8522                	mv	a0,s0
8040145c:	967ff0ef          	jal	80400dc2 <iget.part.0>
80401460:	842a                	mv	s0,a0
80401462:	5521                	li	a0,-24
80401464:	d06d                	beqz	s0,80401446 <ialloc+0x3a>
80401466:	04000613          	li	a2,64
8040146a:	4581                	li	a1,0
8040146c:	00840513          	add	a0,s0,8
80401470:	5b5000ef          	jal	80402224 <memset>
80401474:	4785                	li	a5,1
80401476:	01341423          	sh	s3,8(s0)
8040147a:	8522                	mv	a0,s0
8040147c:	00f41523          	sh	a5,10(s0)
80401480:	3b11                	jal	80401194 <iupdate>
80401482:	50b2                	lw	ra,44(sp)
80401484:	00892023          	sw	s0,0(s2)
80401488:	5422                	lw	s0,40(sp)
8040148a:	5492                	lw	s1,36(sp)
8040148c:	5902                	lw	s2,32(sp)
8040148e:	49f2                	lw	s3,28(sp)
80401490:	4501                	li	a0,0
80401492:	6145                	add	sp,sp,48
80401494:	8082                	ret
80401496:	80406537          	lui	a0,0x80406
8040149a:	85a2                	mv	a1,s0
8040149c:	10c50513          	add	a0,a0,268 # 8040610c <__udivdi3+0x11e0>
804014a0:	7c4000ef          	jal	80401c64 <panic>

804014a4 <iput>:
804014a4:	415c                	lw	a5,4(a0)
804014a6:	1141                	add	sp,sp,-16
804014a8:	c422                	sw	s0,8(sp)
804014aa:	c606                	sw	ra,12(sp)
804014ac:	842a                	mv	s0,a0
804014ae:	04f05263          	blez	a5,804014f2 <iput+0x4e>
804014b2:	4705                	li	a4,1
804014b4:	00e78863          	beq	a5,a4,804014c4 <iput+0x20>
804014b8:	17fd                	add	a5,a5,-1
804014ba:	40b2                	lw	ra,12(sp)
804014bc:	c05c                	sw	a5,4(s0)
804014be:	4422                	lw	s0,8(sp)
804014c0:	0141                	add	sp,sp,16
804014c2:	8082                	ret
804014c4:	00a55703          	lhu	a4,10(a0)
804014c8:	fb65                	bnez	a4,804014b8 <iput+0x14>
804014ca:	4581                	li	a1,0
804014cc:	00052623          	sw	zero,12(a0)
804014d0:	3325                	jal	804011f8 <trim_blocks>
804014d2:	04000613          	li	a2,64
804014d6:	4581                	li	a1,0
804014d8:	00840513          	add	a0,s0,8
804014dc:	549000ef          	jal	80402224 <memset>
804014e0:	8522                	mv	a0,s0
804014e2:	394d                	jal	80401194 <iupdate>
804014e4:	405c                	lw	a5,4(s0)
804014e6:	40b2                	lw	ra,12(sp)
804014e8:	17fd                	add	a5,a5,-1
804014ea:	c05c                	sw	a5,4(s0)
804014ec:	4422                	lw	s0,8(sp)
804014ee:	0141                	add	sp,sp,16
804014f0:	8082                	ret
804014f2:	410c                	lw	a1,0(a0)
804014f4:	80406537          	lui	a0,0x80406
804014f8:	12850513          	add	a0,a0,296 # 80406128 <__udivdi3+0x11fc>
804014fc:	768000ef          	jal	80401c64 <panic>

80401500 <itrunc>:
80401500:	1101                	add	sp,sp,-32
80401502:	cc22                	sw	s0,24(sp)
80401504:	ca26                	sw	s1,20(sp)
80401506:	c64e                	sw	s3,12(sp)
80401508:	ce06                	sw	ra,28(sp)
8040150a:	c84a                	sw	s2,16(sp)
8040150c:	c452                	sw	s4,8(sp)
8040150e:	c256                	sw	s5,4(sp)
80401510:	89aa                	mv	s3,a0
80401512:	00052623          	sw	zero,12(a0)
80401516:	01050413          	add	s0,a0,16
8040151a:	04050493          	add	s1,a0,64
8040151e:	a021                	j	80401526 <itrunc+0x26>
80401520:	0411                	add	s0,s0,4
80401522:	00940b63          	beq	s0,s1,80401538 <itrunc+0x38>
80401526:	4008                	lw	a0,0(s0)
80401528:	dd65                	beqz	a0,80401520 <itrunc+0x20>
8040152a:	f4aff0ef          	jal	80400c74 <bfree>
8040152e:	0411                	add	s0,s0,4
80401530:	fe042e23          	sw	zero,-4(s0)
80401534:	fe9419e3          	bne	s0,s1,80401526 <itrunc+0x26>
80401538:	0409aa03          	lw	s4,64(s3)
8040153c:	020a1063          	bnez	s4,8040155c <itrunc+0x5c>
80401540:	0449aa83          	lw	s5,68(s3)
80401544:	040a9d63          	bnez	s5,8040159e <itrunc+0x9e>
80401548:	4462                	lw	s0,24(sp)
8040154a:	40f2                	lw	ra,28(sp)
8040154c:	44d2                	lw	s1,20(sp)
8040154e:	4942                	lw	s2,16(sp)
80401550:	4a22                	lw	s4,8(sp)
80401552:	4a92                	lw	s5,4(sp)
80401554:	854e                	mv	a0,s3
80401556:	49b2                	lw	s3,12(sp)
80401558:	6105                	add	sp,sp,32
8040155a:	b92d                	j	80401194 <iupdate>
8040155c:	8552                	mv	a0,s4
8040155e:	6485                	lui	s1,0x1
80401560:	ba3fe0ef          	jal	80400102 <bread>
80401564:	04e1                	add	s1,s1,24 # 1018 <_entry-0x803fefe8>
80401566:	892a                	mv	s2,a0
80401568:	01850413          	add	s0,a0,24
8040156c:	94aa                	add	s1,s1,a0
8040156e:	4008                	lw	a0,0(s0)
80401570:	c901                	beqz	a0,80401580 <itrunc+0x80>
80401572:	f02ff0ef          	jal	80400c74 <bfree>
80401576:	854a                	mv	a0,s2
80401578:	00042023          	sw	zero,0(s0)
8040157c:	be7fe0ef          	jal	80400162 <bdirty>
80401580:	0411                	add	s0,s0,4
80401582:	fe9416e3          	bne	s0,s1,8040156e <itrunc+0x6e>
80401586:	854a                	mv	a0,s2
80401588:	be1fe0ef          	jal	80400168 <brelse>
8040158c:	8552                	mv	a0,s4
8040158e:	ee6ff0ef          	jal	80400c74 <bfree>
80401592:	0449aa83          	lw	s5,68(s3)
80401596:	0409a023          	sw	zero,64(s3)
8040159a:	fa0a87e3          	beqz	s5,80401548 <itrunc+0x48>
8040159e:	8556                	mv	a0,s5
804015a0:	6905                	lui	s2,0x1
804015a2:	b61fe0ef          	jal	80400102 <bread>
804015a6:	0961                	add	s2,s2,24 # 1018 <_entry-0x803fefe8>
804015a8:	8a2a                	mv	s4,a0
804015aa:	01850413          	add	s0,a0,24
804015ae:	992a                	add	s2,s2,a0
804015b0:	40c00493          	li	s1,1036
804015b4:	4008                	lw	a0,0(s0)
804015b6:	85a6                	mv	a1,s1
804015b8:	4681                	li	a3,0
804015ba:	4605                	li	a2,1
804015bc:	c901                	beqz	a0,804015cc <itrunc+0xcc>
804015be:	f44ff0ef          	jal	80400d02 <trim_indirect>
804015c2:	8552                	mv	a0,s4
804015c4:	00042023          	sw	zero,0(s0)
804015c8:	b9bfe0ef          	jal	80400162 <bdirty>
804015cc:	0411                	add	s0,s0,4
804015ce:	40048493          	add	s1,s1,1024
804015d2:	ff2411e3          	bne	s0,s2,804015b4 <itrunc+0xb4>
804015d6:	8552                	mv	a0,s4
804015d8:	b91fe0ef          	jal	80400168 <brelse>
804015dc:	8556                	mv	a0,s5
804015de:	e96ff0ef          	jal	80400c74 <bfree>
804015e2:	0409a223          	sw	zero,68(s3)
804015e6:	b78d                	j	80401548 <itrunc+0x48>

804015e8 <readi>:
804015e8:	715d                	add	sp,sp,-80
804015ea:	de4e                	sw	s3,60(sp)
804015ec:	00c52983          	lw	s3,12(a0)
804015f0:	c0ca                	sw	s2,64(sp)
804015f2:	c686                	sw	ra,76(sp)
804015f4:	c4a2                	sw	s0,72(sp)
804015f6:	c2a6                	sw	s1,68(sp)
804015f8:	dc52                	sw	s4,56(sp)
804015fa:	da56                	sw	s5,52(sp)
804015fc:	d85a                	sw	s6,48(sp)
804015fe:	d65e                	sw	s7,44(sp)
80401600:	d462                	sw	s8,40(sp)
80401602:	d266                	sw	s9,36(sp)
80401604:	d06a                	sw	s10,32(sp)
80401606:	ce6e                	sw	s11,28(sp)
80401608:	c62e                	sw	a1,12(sp)
8040160a:	4901                	li	s2,0
8040160c:	0736f263          	bgeu	a3,s3,80401670 <readi+0x88>
80401610:	40d989b3          	sub	s3,s3,a3
80401614:	8aaa                	mv	s5,a0
80401616:	8a36                	mv	s4,a3
80401618:	8b32                	mv	s6,a2
8040161a:	09376f63          	bltu	a4,s3,804016b8 <readi+0xd0>
8040161e:	4401                	li	s0,0
80401620:	04098763          	beqz	s3,8040166e <readi+0x86>
80401624:	6c05                	lui	s8,0x1
80401626:	fffc0d13          	add	s10,s8,-1 # fff <_entry-0x803ff001>
8040162a:	8046ecb7          	lui	s9,0x8046e
8040162e:	008a05b3          	add	a1,s4,s0
80401632:	01a5f933          	and	s2,a1,s10
80401636:	408984b3          	sub	s1,s3,s0
8040163a:	412c07b3          	sub	a5,s8,s2
8040163e:	81b1                	srl	a1,a1,0xc
80401640:	4601                	li	a2,0
80401642:	8556                	mv	a0,s5
80401644:	0097f363          	bgeu	a5,s1,8040164a <readi+0x62>
80401648:	84be                	mv	s1,a5
8040164a:	915ff0ef          	jal	80400f5e <bmap>
8040164e:	008b0db3          	add	s11,s6,s0
80401652:	86a6                	mv	a3,s1
80401654:	6c0c8613          	add	a2,s9,1728 # 8046e6c0 <zero_block>
80401658:	85ee                	mv	a1,s11
8040165a:	e91d                	bnez	a0,80401690 <readi+0xa8>
8040165c:	4532                	lw	a0,12(sp)
8040165e:	25d010ef          	jal	804030ba <either_copyout>
80401662:	892a                	mv	s2,a0
80401664:	04094763          	bltz	s2,804016b2 <readi+0xca>
80401668:	9426                	add	s0,s0,s1
8040166a:	fd3462e3          	bltu	s0,s3,8040162e <readi+0x46>
8040166e:	894e                	mv	s2,s3
80401670:	40b6                	lw	ra,76(sp)
80401672:	4426                	lw	s0,72(sp)
80401674:	4496                	lw	s1,68(sp)
80401676:	59f2                	lw	s3,60(sp)
80401678:	5a62                	lw	s4,56(sp)
8040167a:	5ad2                	lw	s5,52(sp)
8040167c:	5b42                	lw	s6,48(sp)
8040167e:	5bb2                	lw	s7,44(sp)
80401680:	5c22                	lw	s8,40(sp)
80401682:	5c92                	lw	s9,36(sp)
80401684:	5d02                	lw	s10,32(sp)
80401686:	4df2                	lw	s11,28(sp)
80401688:	854a                	mv	a0,s2
8040168a:	4906                	lw	s2,64(sp)
8040168c:	6161                	add	sp,sp,80
8040168e:	8082                	ret
80401690:	a73fe0ef          	jal	80400102 <bread>
80401694:	8baa                	mv	s7,a0
80401696:	01850613          	add	a2,a0,24
8040169a:	4532                	lw	a0,12(sp)
8040169c:	964a                	add	a2,a2,s2
8040169e:	86a6                	mv	a3,s1
804016a0:	85ee                	mv	a1,s11
804016a2:	219010ef          	jal	804030ba <either_copyout>
804016a6:	892a                	mv	s2,a0
804016a8:	855e                	mv	a0,s7
804016aa:	abffe0ef          	jal	80400168 <brelse>
804016ae:	fa095de3          	bgez	s2,80401668 <readi+0x80>
804016b2:	dc5d                	beqz	s0,80401670 <readi+0x88>
804016b4:	8922                	mv	s2,s0
804016b6:	bf6d                	j	80401670 <readi+0x88>
804016b8:	89ba                	mv	s3,a4
804016ba:	b795                	j	8040161e <readi+0x36>

804016bc <writei>:
804016bc:	7139                	add	sp,sp,-64
804016be:	de06                	sw	ra,60(sp)
804016c0:	dc22                	sw	s0,56(sp)
804016c2:	da26                	sw	s1,52(sp)
804016c4:	d84a                	sw	s2,48(sp)
804016c6:	d64e                	sw	s3,44(sp)
804016c8:	d452                	sw	s4,40(sp)
804016ca:	d256                	sw	s5,36(sp)
804016cc:	d05a                	sw	s6,32(sp)
804016ce:	ce5e                	sw	s7,28(sp)
804016d0:	cc62                	sw	s8,24(sp)
804016d2:	ca66                	sw	s9,20(sp)
804016d4:	c86a                	sw	s10,16(sp)
804016d6:	c66e                	sw	s11,12(sp)
804016d8:	1406c663          	bltz	a3,80401824 <writei+0x168>
804016dc:	800007b7          	lui	a5,0x80000
804016e0:	fff7c793          	not	a5,a5
804016e4:	8f95                	sub	a5,a5,a3
804016e6:	8b36                	mv	s6,a3
804016e8:	8aba                	mv	s5,a4
804016ea:	12e7ed63          	bltu	a5,a4,80401824 <writei+0x168>
804016ee:	8c2e                	mv	s8,a1
804016f0:	454c                	lw	a1,12(a0)
804016f2:	8baa                	mv	s7,a0
804016f4:	8cb2                	mv	s9,a2
804016f6:	0ad5e463          	bltu	a1,a3,8040179e <writei+0xe2>
804016fa:	12070763          	beqz	a4,80401828 <writei+0x16c>
804016fe:	6d05                	lui	s10,0x1
80401700:	4401                	li	s0,0
80401702:	fffd0d93          	add	s11,s10,-1 # fff <_entry-0x803ff001>
80401706:	a80d                	j	80401738 <writei+0x7c>
80401708:	9fbfe0ef          	jal	80400102 <bread>
8040170c:	01850593          	add	a1,a0,24
80401710:	84aa                	mv	s1,a0
80401712:	95ce                	add	a1,a1,s3
80401714:	008c8633          	add	a2,s9,s0
80401718:	86ca                	mv	a3,s2
8040171a:	8562                	mv	a0,s8
8040171c:	15b010ef          	jal	80403076 <either_copyin>
80401720:	89aa                	mv	s3,a0
80401722:	8526                	mv	a0,s1
80401724:	a3ffe0ef          	jal	80400162 <bdirty>
80401728:	8526                	mv	a0,s1
8040172a:	a3ffe0ef          	jal	80400168 <brelse>
8040172e:	0209c863          	bltz	s3,8040175e <writei+0xa2>
80401732:	944a                	add	s0,s0,s2
80401734:	09547263          	bgeu	s0,s5,804017b8 <writei+0xfc>
80401738:	008b0a33          	add	s4,s6,s0
8040173c:	01ba79b3          	and	s3,s4,s11
80401740:	408a8933          	sub	s2,s5,s0
80401744:	413d07b3          	sub	a5,s10,s3
80401748:	4605                	li	a2,1
8040174a:	00ca5593          	srl	a1,s4,0xc
8040174e:	855e                	mv	a0,s7
80401750:	0127f363          	bgeu	a5,s2,80401756 <writei+0x9a>
80401754:	893e                	mv	s2,a5
80401756:	809ff0ef          	jal	80400f5e <bmap>
8040175a:	f55d                	bnez	a0,80401708 <writei+0x4c>
8040175c:	5991                	li	s3,-28
8040175e:	00cba583          	lw	a1,12(s7)
80401762:	0145f563          	bgeu	a1,s4,8040176c <writei+0xb0>
80401766:	014ba623          	sw	s4,12(s7)
8040176a:	85d2                	mv	a1,s4
8040176c:	6785                	lui	a5,0x1
8040176e:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
80401770:	95be                	add	a1,a1,a5
80401772:	81b1                	srl	a1,a1,0xc
80401774:	855e                	mv	a0,s7
80401776:	a83ff0ef          	jal	804011f8 <trim_blocks>
8040177a:	c011                	beqz	s0,8040177e <writei+0xc2>
8040177c:	89a2                	mv	s3,s0
8040177e:	50f2                	lw	ra,60(sp)
80401780:	5462                	lw	s0,56(sp)
80401782:	54d2                	lw	s1,52(sp)
80401784:	5942                	lw	s2,48(sp)
80401786:	5a22                	lw	s4,40(sp)
80401788:	5a92                	lw	s5,36(sp)
8040178a:	5b02                	lw	s6,32(sp)
8040178c:	4bf2                	lw	s7,28(sp)
8040178e:	4c62                	lw	s8,24(sp)
80401790:	4cd2                	lw	s9,20(sp)
80401792:	4d42                	lw	s10,16(sp)
80401794:	4db2                	lw	s11,12(sp)
80401796:	854e                	mv	a0,s3
80401798:	59b2                	lw	s3,44(sp)
8040179a:	6121                	add	sp,sp,64
8040179c:	8082                	ret
8040179e:	6485                	lui	s1,0x1
804017a0:	fff48413          	add	s0,s1,-1 # fff <_entry-0x803ff001>
804017a4:	8c6d                	and	s0,s0,a1
804017a6:	e815                	bnez	s0,804017da <writei+0x11e>
804017a8:	fb39                	bnez	a4,804016fe <writei+0x42>
804017aa:	00dba623          	sw	a3,12(s7)
804017ae:	9e7ff0ef          	jal	80401194 <iupdate>
804017b2:	4401                	li	s0,0
804017b4:	89a2                	mv	s3,s0
804017b6:	b7e1                	j	8040177e <writei+0xc2>
804017b8:	00cba783          	lw	a5,12(s7)
804017bc:	9b22                	add	s6,s6,s0
804017be:	0167f963          	bgeu	a5,s6,804017d0 <writei+0x114>
804017c2:	016ba623          	sw	s6,12(s7)
804017c6:	855e                	mv	a0,s7
804017c8:	9cdff0ef          	jal	80401194 <iupdate>
804017cc:	89a2                	mv	s3,s0
804017ce:	bf45                	j	8040177e <writei+0xc2>
804017d0:	855e                	mv	a0,s7
804017d2:	9c3ff0ef          	jal	80401194 <iupdate>
804017d6:	89a2                	mv	s3,s0
804017d8:	b75d                	j	8040177e <writei+0xc2>
804017da:	4601                	li	a2,0
804017dc:	81b1                	srl	a1,a1,0xc
804017de:	f80ff0ef          	jal	80400f5e <bmap>
804017e2:	ed11                	bnez	a0,804017fe <writei+0x142>
804017e4:	f00a9de3          	bnez	s5,804016fe <writei+0x42>
804017e8:	00cba783          	lw	a5,12(s7)
804017ec:	0367fe63          	bgeu	a5,s6,80401828 <writei+0x16c>
804017f0:	016ba623          	sw	s6,12(s7)
804017f4:	855e                	mv	a0,s7
804017f6:	99fff0ef          	jal	80401194 <iupdate>
804017fa:	4401                	li	s0,0
804017fc:	bf65                	j	804017b4 <writei+0xf8>
804017fe:	905fe0ef          	jal	80400102 <bread>
80401802:	892a                	mv	s2,a0
80401804:	0561                	add	a0,a0,24
80401806:	40848633          	sub	a2,s1,s0
8040180a:	4581                	li	a1,0
8040180c:	9522                	add	a0,a0,s0
8040180e:	217000ef          	jal	80402224 <memset>
80401812:	854a                	mv	a0,s2
80401814:	94ffe0ef          	jal	80400162 <bdirty>
80401818:	854a                	mv	a0,s2
8040181a:	94ffe0ef          	jal	80400168 <brelse>
8040181e:	ee0a90e3          	bnez	s5,804016fe <writei+0x42>
80401822:	b7d9                	j	804017e8 <writei+0x12c>
80401824:	5995                	li	s3,-27
80401826:	bfa1                	j	8040177e <writei+0xc2>
80401828:	855e                	mv	a0,s7
8040182a:	96bff0ef          	jal	80401194 <iupdate>
8040182e:	4401                	li	s0,0
80401830:	b751                	j	804017b4 <writei+0xf8>

80401832 <kalloc>:
80401832:	1141                	add	sp,sp,-16
80401834:	804287b7          	lui	a5,0x80428
80401838:	c422                	sw	s0,8(sp)
8040183a:	0347a403          	lw	s0,52(a5) # 80428034 <free_list>
8040183e:	c606                	sw	ra,12(sp)
80401840:	c809                	beqz	s0,80401852 <kalloc+0x20>
80401842:	4018                	lw	a4,0(s0)
80401844:	6605                	lui	a2,0x1
80401846:	4581                	li	a1,0
80401848:	8522                	mv	a0,s0
8040184a:	02e7aa23          	sw	a4,52(a5)
8040184e:	1d7000ef          	jal	80402224 <memset>
80401852:	40b2                	lw	ra,12(sp)
80401854:	8522                	mv	a0,s0
80401856:	4422                	lw	s0,8(sp)
80401858:	0141                	add	sp,sp,16
8040185a:	8082                	ret

8040185c <kfree>:
8040185c:	804287b7          	lui	a5,0x80428
80401860:	0307a703          	lw	a4,48(a5) # 80428030 <nranges>
80401864:	04e05a63          	blez	a4,804018b8 <kfree+0x5c>
80401868:	804717b7          	lui	a5,0x80471
8040186c:	8e478793          	add	a5,a5,-1820 # 804708e4 <ranges>
80401870:	4394                	lw	a3,0(a5)
80401872:	02d56763          	bltu	a0,a3,804018a0 <kfree+0x44>
80401876:	43d4                	lw	a3,4(a5)
80401878:	4605                	li	a2,1
8040187a:	00d536b3          	sltu	a3,a0,a3
8040187e:	00c70563          	beq	a4,a2,80401888 <kfree+0x2c>
80401882:	4798                	lw	a4,8(a5)
80401884:	02e57563          	bgeu	a0,a4,804018ae <kfree+0x52>
80401888:	01451793          	sll	a5,a0,0x14
8040188c:	e795                	bnez	a5,804018b8 <kfree+0x5c>
8040188e:	c68d                	beqz	a3,804018b8 <kfree+0x5c>
80401890:	804287b7          	lui	a5,0x80428
80401894:	0347a703          	lw	a4,52(a5) # 80428034 <free_list>
80401898:	02a7aa23          	sw	a0,52(a5)
8040189c:	c118                	sw	a4,0(a0)
8040189e:	8082                	ret
804018a0:	4685                	li	a3,1
804018a2:	00d70b63          	beq	a4,a3,804018b8 <kfree+0x5c>
804018a6:	4798                	lw	a4,8(a5)
804018a8:	00e56863          	bltu	a0,a4,804018b8 <kfree+0x5c>
804018ac:	4681                	li	a3,0
804018ae:	47dc                	lw	a5,12(a5)
804018b0:	00f537b3          	sltu	a5,a0,a5
804018b4:	8edd                	or	a3,a3,a5
804018b6:	bfc9                	j	80401888 <kfree+0x2c>
804018b8:	85aa                	mv	a1,a0
804018ba:	80406537          	lui	a0,0x80406
804018be:	1141                	add	sp,sp,-16
804018c0:	14050513          	add	a0,a0,320 # 80406140 <__udivdi3+0x1214>
804018c4:	c606                	sw	ra,12(sp)
804018c6:	2e79                	jal	80401c64 <panic>

804018c8 <kinit>:
804018c8:	804286b7          	lui	a3,0x80428
804018cc:	0306a703          	lw	a4,48(a3) # 80428030 <nranges>
804018d0:	1141                	add	sp,sp,-16
804018d2:	c606                	sw	ra,12(sp)
804018d4:	c422                	sw	s0,8(sp)
804018d6:	c226                	sw	s1,4(sp)
804018d8:	c04a                	sw	s2,0(sp)
804018da:	4789                	li	a5,2
804018dc:	04f70463          	beq	a4,a5,80401924 <kinit+0x5c>
804018e0:	6785                	lui	a5,0x1
804018e2:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
804018e4:	953e                	add	a0,a0,a5
804018e6:	804717b7          	lui	a5,0x80471
804018ea:	767d                	lui	a2,0xfffff
804018ec:	00371813          	sll	a6,a4,0x3
804018f0:	8e478793          	add	a5,a5,-1820 # 804708e4 <ranges>
804018f4:	97c2                	add	a5,a5,a6
804018f6:	00c574b3          	and	s1,a0,a2
804018fa:	00c5f433          	and	s0,a1,a2
804018fe:	0705                	add	a4,a4,1
80401900:	c384                	sw	s1,0(a5)
80401902:	c3c0                	sw	s0,4(a5)
80401904:	02e6a823          	sw	a4,48(a3)
80401908:	0084f863          	bgeu	s1,s0,80401918 <kinit+0x50>
8040190c:	797d                	lui	s2,0xfffff
8040190e:	944a                	add	s0,s0,s2
80401910:	8522                	mv	a0,s0
80401912:	37a9                	jal	8040185c <kfree>
80401914:	fe84ede3          	bltu	s1,s0,8040190e <kinit+0x46>
80401918:	40b2                	lw	ra,12(sp)
8040191a:	4422                	lw	s0,8(sp)
8040191c:	4492                	lw	s1,4(sp)
8040191e:	4902                	lw	s2,0(sp)
80401920:	0141                	add	sp,sp,16
80401922:	8082                	ret
80401924:	80406537          	lui	a0,0x80406
80401928:	15450513          	add	a0,a0,340 # 80406154 <__udivdi3+0x1228>
8040192c:	2e25                	jal	80401c64 <panic>

8040192e <power_off>:
8040192e:	1141                	add	sp,sp,-16
80401930:	c606                	sw	ra,12(sp)
80401932:	c422                	sw	s0,8(sp)
80401934:	842a                	mv	s0,a0
80401936:	2d05                	jal	80401f66 <proc_close_all>
80401938:	849ff0ef          	jal	80401180 <fs_mounted>
8040193c:	e501                	bnez	a0,80401944 <power_off+0x16>
8040193e:	8522                	mv	a0,s0
80401940:	16b010ef          	jal	804032aa <arch_power_off>
80401944:	85bfe0ef          	jal	8040019e <bio_flush>
80401948:	bfdd                	j	8040193e <power_off+0x10>

8040194a <kernel_run>:
8040194a:	7135                	add	sp,sp,-160
8040194c:	cb26                	sw	s1,148(sp)
8040194e:	84ae                	mv	s1,a1
80401950:	cd22                	sw	s0,152(sp)
80401952:	cf06                	sw	ra,156(sp)
80401954:	842a                	mv	s0,a0
80401956:	f68fe0ef          	jal	804000be <bio_init>
8040195a:	e8c9                	bnez	s1,804019ec <kernel_run+0xa2>
8040195c:	2e91                	jal	80401cb0 <proc_init>
8040195e:	76f000ef          	jal	804028cc <timer_init>
80401962:	00044783          	lbu	a5,0(s0)
80401966:	c7d1                	beqz	a5,804019f2 <kernel_run+0xa8>
80401968:	0070                	add	a2,sp,12
8040196a:	4481                	li	s1,0
8040196c:	02000713          	li	a4,32
80401970:	46a5                	li	a3,9
80401972:	00e78463          	beq	a5,a4,8040197a <kernel_run+0x30>
80401976:	00d79863          	bne	a5,a3,80401986 <kernel_run+0x3c>
8040197a:	00144783          	lbu	a5,1(s0)
8040197e:	0405                	add	s0,s0,1
80401980:	fe040fa3          	sb	zero,-1(s0)
80401984:	b7fd                	j	80401972 <kernel_run+0x28>
80401986:	e3a9                	bnez	a5,804019c8 <kernel_run+0x7e>
80401988:	02000713          	li	a4,32
8040198c:	46a5                	li	a3,9
8040198e:	00044783          	lbu	a5,0(s0)
80401992:	00e78463          	beq	a5,a4,8040199a <kernel_run+0x50>
80401996:	00d79463          	bne	a5,a3,8040199e <kernel_run+0x54>
8040199a:	0405                	add	s0,s0,1
8040199c:	bfcd                	j	8040198e <kernel_run+0x44>
8040199e:	efa1                	bnez	a5,804019f6 <kernel_run+0xac>
804019a0:	00249793          	sll	a5,s1,0x2
804019a4:	09078793          	add	a5,a5,144
804019a8:	978a                	add	a5,a5,sp
804019aa:	f607ae23          	sw	zero,-132(a5)
804019ae:	c4b5                	beqz	s1,80401a1a <kernel_run+0xd0>
804019b0:	4532                	lw	a0,12(sp)
804019b2:	4601                	li	a2,0
804019b4:	006c                	add	a1,sp,12
804019b6:	dddfe0ef          	jal	80400792 <proc_spawn>
804019ba:	57f9                	li	a5,-2
804019bc:	862a                	mv	a2,a0
804019be:	04f50563          	beq	a0,a5,80401a08 <kernel_run+0xbe>
804019c2:	08054563          	bltz	a0,80401a4c <kernel_run+0x102>
804019c6:	21b9                	jal	80401e14 <scheduler>
804019c8:	0485                	add	s1,s1,1
804019ca:	c200                	sw	s0,0(a2)
804019cc:	a019                	j	804019d2 <kernel_run+0x88>
804019ce:	00d78863          	beq	a5,a3,804019de <kernel_run+0x94>
804019d2:	00144783          	lbu	a5,1(s0)
804019d6:	0405                	add	s0,s0,1
804019d8:	dbc5                	beqz	a5,80401988 <kernel_run+0x3e>
804019da:	fee79ae3          	bne	a5,a4,804019ce <kernel_run+0x84>
804019de:	00044783          	lbu	a5,0(s0)
804019e2:	d3dd                	beqz	a5,80401988 <kernel_run+0x3e>
804019e4:	0611                	add	a2,a2,4 # fffff004 <kernel_end+0x7fb07004>
804019e6:	f8e496e3          	bne	s1,a4,80401972 <kernel_run+0x28>
804019ea:	bf79                	j	80401988 <kernel_run+0x3e>
804019ec:	ec6ff0ef          	jal	804010b2 <fs_init>
804019f0:	b7b5                	j	8040195c <kernel_run+0x12>
804019f2:	4481                	li	s1,0
804019f4:	bf51                	j	80401988 <kernel_run+0x3e>
804019f6:	80406537          	lui	a0,0x80406
804019fa:	1a050513          	add	a0,a0,416 # 804061a0 <__udivdi3+0x1274>
804019fe:	02000593          	li	a1,32
80401a02:	2c35                	jal	80401c3e <kprintf>
80401a04:	4509                	li	a0,2
80401a06:	3725                	jal	8040192e <power_off>
80401a08:	45b2                	lw	a1,12(sp)
80401a0a:	80406537          	lui	a0,0x80406
80401a0e:	1d050513          	add	a0,a0,464 # 804061d0 <__udivdi3+0x12a4>
80401a12:	2435                	jal	80401c3e <kprintf>
80401a14:	07f00513          	li	a0,127
80401a18:	3f19                	jal	8040192e <power_off>
80401a1a:	80406537          	lui	a0,0x80406
80401a1e:	16c50513          	add	a0,a0,364 # 8040616c <__udivdi3+0x1240>
80401a22:	2c31                	jal	80401c3e <kprintf>
80401a24:	80406437          	lui	s0,0x80406
80401a28:	a031                	j	80401a34 <kernel_run+0xea>
80401a2a:	438c                	lw	a1,0(a5)
80401a2c:	19840513          	add	a0,s0,408 # 80406198 <__udivdi3+0x126c>
80401a30:	0485                	add	s1,s1,1
80401a32:	2431                	jal	80401c3e <kprintf>
80401a34:	8526                	mv	a0,s1
80401a36:	7d0000ef          	jal	80402206 <program_at>
80401a3a:	87aa                	mv	a5,a0
80401a3c:	f57d                	bnez	a0,80401a2a <kernel_run+0xe0>
80401a3e:	80406537          	lui	a0,0x80406
80401a42:	19c50513          	add	a0,a0,412 # 8040619c <__udivdi3+0x1270>
80401a46:	2ae5                	jal	80401c3e <kprintf>
80401a48:	4509                	li	a0,2
80401a4a:	35d5                	jal	8040192e <power_off>
80401a4c:	45b2                	lw	a1,12(sp)
80401a4e:	80406537          	lui	a0,0x80406
80401a52:	1e850513          	add	a0,a0,488 # 804061e8 <__udivdi3+0x12bc>
80401a56:	40c00633          	neg	a2,a2
80401a5a:	22d5                	jal	80401c3e <kprintf>
80401a5c:	07e00513          	li	a0,126
80401a60:	35f9                	jal	8040192e <power_off>

80401a62 <print_uint>:
80401a62:	7179                	add	sp,sp,-48
80401a64:	ce4e                	sw	s3,28(sp)
80401a66:	89b2                	mv	s3,a2
80401a68:	80406637          	lui	a2,0x80406
80401a6c:	d422                	sw	s0,40(sp)
80401a6e:	d04a                	sw	s2,32(sp)
80401a70:	cc52                	sw	s4,24(sp)
80401a72:	d606                	sw	ra,44(sp)
80401a74:	d226                	sw	s1,36(sp)
80401a76:	8a36                	mv	s4,a3
80401a78:	4401                	li	s0,0
80401a7a:	00410913          	add	s2,sp,4
80401a7e:	20c60613          	add	a2,a2,524 # 8040620c <__udivdi3+0x12e0>
80401a82:	02b577b3          	remu	a5,a0,a1
80401a86:	0405                	add	s0,s0,1
80401a88:	008904b3          	add	s1,s2,s0
80401a8c:	872a                	mv	a4,a0
80401a8e:	97b2                	add	a5,a5,a2
80401a90:	0007c783          	lbu	a5,0(a5)
80401a94:	02b55533          	divu	a0,a0,a1
80401a98:	fef48fa3          	sb	a5,-1(s1)
80401a9c:	feb773e3          	bgeu	a4,a1,80401a82 <print_uint+0x20>
80401aa0:	01345863          	bge	s0,s3,80401ab0 <print_uint+0x4e>
80401aa4:	0405                	add	s0,s0,1
80401aa6:	8552                	mv	a0,s4
80401aa8:	2b9010ef          	jal	80403560 <arch_console_putc>
80401aac:	fe899ce3          	bne	s3,s0,80401aa4 <print_uint+0x42>
80401ab0:	fff4c503          	lbu	a0,-1(s1)
80401ab4:	14fd                	add	s1,s1,-1
80401ab6:	2ab010ef          	jal	80403560 <arch_console_putc>
80401aba:	fe991be3          	bne	s2,s1,80401ab0 <print_uint+0x4e>
80401abe:	50b2                	lw	ra,44(sp)
80401ac0:	5422                	lw	s0,40(sp)
80401ac2:	5492                	lw	s1,36(sp)
80401ac4:	5902                	lw	s2,32(sp)
80401ac6:	49f2                	lw	s3,28(sp)
80401ac8:	4a62                	lw	s4,24(sp)
80401aca:	6145                	add	sp,sp,48
80401acc:	8082                	ret

80401ace <vkprintf>:
80401ace:	7139                	add	sp,sp,-64
80401ad0:	cc62                	sw	s8,24(sp)
80401ad2:	de06                	sw	ra,60(sp)
80401ad4:	dc22                	sw	s0,56(sp)
80401ad6:	da26                	sw	s1,52(sp)
80401ad8:	d84a                	sw	s2,48(sp)
80401ada:	d64e                	sw	s3,44(sp)
80401adc:	d452                	sw	s4,40(sp)
80401ade:	d256                	sw	s5,36(sp)
80401ae0:	d05a                	sw	s6,32(sp)
80401ae2:	ce5e                	sw	s7,28(sp)
80401ae4:	8c2a                	mv	s8,a0
80401ae6:	00054503          	lbu	a0,0(a0)
80401aea:	c515                	beqz	a0,80401b16 <vkprintf+0x48>
80401aec:	80406ab7          	lui	s5,0x80406
80401af0:	89ae                	mv	s3,a1
80401af2:	02500913          	li	s2,37
80401af6:	03000a13          	li	s4,48
80401afa:	4ba5                	li	s7,9
80401afc:	4b55                	li	s6,21
80401afe:	228a8a93          	add	s5,s5,552 # 80406228 <__udivdi3+0x12fc>
80401b02:	03250663          	beq	a0,s2,80401b2e <vkprintf+0x60>
80401b06:	25b010ef          	jal	80403560 <arch_console_putc>
80401b0a:	8462                	mv	s0,s8
80401b0c:	00144503          	lbu	a0,1(s0)
80401b10:	00140c13          	add	s8,s0,1
80401b14:	f57d                	bnez	a0,80401b02 <vkprintf+0x34>
80401b16:	50f2                	lw	ra,60(sp)
80401b18:	5462                	lw	s0,56(sp)
80401b1a:	54d2                	lw	s1,52(sp)
80401b1c:	5942                	lw	s2,48(sp)
80401b1e:	59b2                	lw	s3,44(sp)
80401b20:	5a22                	lw	s4,40(sp)
80401b22:	5a92                	lw	s5,36(sp)
80401b24:	5b02                	lw	s6,32(sp)
80401b26:	4bf2                	lw	s7,28(sp)
80401b28:	4c62                	lw	s8,24(sp)
80401b2a:	6121                	add	sp,sp,64
80401b2c:	8082                	ret
80401b2e:	001c4483          	lbu	s1,1(s8)
80401b32:	001c0413          	add	s0,s8,1
80401b36:	02000693          	li	a3,32
80401b3a:	01449863          	bne	s1,s4,80401b4a <vkprintf+0x7c>
80401b3e:	002c4483          	lbu	s1,2(s8)
80401b42:	002c0413          	add	s0,s8,2
80401b46:	03000693          	li	a3,48
80401b4a:	fd048713          	add	a4,s1,-48
80401b4e:	0ff77793          	zext.b	a5,a4
80401b52:	4601                	li	a2,0
80401b54:	02fbe163          	bltu	s7,a5,80401b76 <vkprintf+0xa8>
80401b58:	00144483          	lbu	s1,1(s0)
80401b5c:	00261793          	sll	a5,a2,0x2
80401b60:	97b2                	add	a5,a5,a2
80401b62:	0786                	sll	a5,a5,0x1
80401b64:	00f70633          	add	a2,a4,a5
80401b68:	fd048713          	add	a4,s1,-48
80401b6c:	0ff77793          	zext.b	a5,a4
80401b70:	0405                	add	s0,s0,1
80401b72:	fefbf3e3          	bgeu	s7,a5,80401b58 <vkprintf+0x8a>
80401b76:	d0c5                	beqz	s1,80401b16 <vkprintf+0x48>
80401b78:	01248c63          	beq	s1,s2,80401b90 <vkprintf+0xc2>
80401b7c:	f9d48793          	add	a5,s1,-99
80401b80:	0ff7f793          	zext.b	a5,a5
80401b84:	00fb6b63          	bltu	s6,a5,80401b9a <vkprintf+0xcc>
80401b88:	078a                	sll	a5,a5,0x2
80401b8a:	97d6                	add	a5,a5,s5
80401b8c:	439c                	lw	a5,0(a5)
80401b8e:	8782                	jr	a5
80401b90:	02500513          	li	a0,37
80401b94:	1cd010ef          	jal	80403560 <arch_console_putc>
80401b98:	bf95                	j	80401b0c <vkprintf+0x3e>
80401b9a:	02500513          	li	a0,37
80401b9e:	1c3010ef          	jal	80403560 <arch_console_putc>
80401ba2:	8526                	mv	a0,s1
80401ba4:	1bd010ef          	jal	80403560 <arch_console_putc>
80401ba8:	b795                	j	80401b0c <vkprintf+0x3e>
80401baa:	0009a503          	lw	a0,0(s3)
80401bae:	45c1                	li	a1,16
80401bb0:	0991                	add	s3,s3,4
80401bb2:	3d45                	jal	80401a62 <print_uint>
80401bb4:	bfa1                	j	80401b0c <vkprintf+0x3e>
80401bb6:	0009a503          	lw	a0,0(s3)
80401bba:	45a9                	li	a1,10
80401bbc:	0991                	add	s3,s3,4
80401bbe:	bfd5                	j	80401bb2 <vkprintf+0xe4>
80401bc0:	0009a483          	lw	s1,0(s3)
80401bc4:	0991                	add	s3,s3,4
80401bc6:	e489                	bnez	s1,80401bd0 <vkprintf+0x102>
80401bc8:	a0a5                	j	80401c30 <vkprintf+0x162>
80401bca:	0485                	add	s1,s1,1
80401bcc:	195010ef          	jal	80403560 <arch_console_putc>
80401bd0:	0004c503          	lbu	a0,0(s1)
80401bd4:	f97d                	bnez	a0,80401bca <vkprintf+0xfc>
80401bd6:	bf1d                	j	80401b0c <vkprintf+0x3e>
80401bd8:	03000513          	li	a0,48
80401bdc:	185010ef          	jal	80403560 <arch_console_putc>
80401be0:	07800513          	li	a0,120
80401be4:	17d010ef          	jal	80403560 <arch_console_putc>
80401be8:	0009a503          	lw	a0,0(s3)
80401bec:	03000693          	li	a3,48
80401bf0:	0991                	add	s3,s3,4
80401bf2:	4621                	li	a2,8
80401bf4:	45c1                	li	a1,16
80401bf6:	bf75                	j	80401bb2 <vkprintf+0xe4>
80401bf8:	0009a483          	lw	s1,0(s3)
80401bfc:	0991                	add	s3,s3,4
80401bfe:	0004cc63          	bltz	s1,80401c16 <vkprintf+0x148>
80401c02:	45a9                	li	a1,10
80401c04:	8526                	mv	a0,s1
80401c06:	3db1                	jal	80401a62 <print_uint>
80401c08:	b711                	j	80401b0c <vkprintf+0x3e>
80401c0a:	0009a503          	lw	a0,0(s3)
80401c0e:	0991                	add	s3,s3,4
80401c10:	151010ef          	jal	80403560 <arch_console_putc>
80401c14:	bde5                	j	80401b0c <vkprintf+0x3e>
80401c16:	02d00513          	li	a0,45
80401c1a:	c636                	sw	a3,12(sp)
80401c1c:	c432                	sw	a2,8(sp)
80401c1e:	143010ef          	jal	80403560 <arch_console_putc>
80401c22:	46b2                	lw	a3,12(sp)
80401c24:	4622                	lw	a2,8(sp)
80401c26:	45a9                	li	a1,10
80401c28:	40900533          	neg	a0,s1
80401c2c:	3d1d                	jal	80401a62 <print_uint>
80401c2e:	bdf9                	j	80401b0c <vkprintf+0x3e>
80401c30:	804064b7          	lui	s1,0x80406
80401c34:	02800513          	li	a0,40
80401c38:	22048493          	add	s1,s1,544 # 80406220 <__udivdi3+0x12f4>
80401c3c:	b779                	j	80401bca <vkprintf+0xfc>

80401c3e <kprintf>:
80401c3e:	7139                	add	sp,sp,-64
80401c40:	02410313          	add	t1,sp,36
80401c44:	d22e                	sw	a1,36(sp)
80401c46:	859a                	mv	a1,t1
80401c48:	ce06                	sw	ra,28(sp)
80401c4a:	d432                	sw	a2,40(sp)
80401c4c:	d636                	sw	a3,44(sp)
80401c4e:	d83a                	sw	a4,48(sp)
80401c50:	da3e                	sw	a5,52(sp)
80401c52:	dc42                	sw	a6,56(sp)
80401c54:	de46                	sw	a7,60(sp)
80401c56:	c61a                	sw	t1,12(sp)
80401c58:	3d9d                	jal	80401ace <vkprintf>
80401c5a:	167010ef          	jal	804035c0 <arch_console_flush>
80401c5e:	40f2                	lw	ra,28(sp)
80401c60:	6121                	add	sp,sp,64
80401c62:	8082                	ret

80401c64 <panic>:
80401c64:	80428337          	lui	t1,0x80428
80401c68:	09432303          	lw	t1,148(t1) # 80428094 <pv_shared_info>
80401c6c:	7139                	add	sp,sp,-64
80401c6e:	cc22                	sw	s0,24(sp)
80401c70:	da3e                	sw	a5,52(sp)
80401c72:	ce06                	sw	ra,28(sp)
80401c74:	d22e                	sw	a1,36(sp)
80401c76:	d432                	sw	a2,40(sp)
80401c78:	d636                	sw	a3,44(sp)
80401c7a:	d83a                	sw	a4,48(sp)
80401c7c:	dc42                	sw	a6,56(sp)
80401c7e:	de46                	sw	a7,60(sp)
80401c80:	4785                	li	a5,1
80401c82:	842a                	mv	s0,a0
80401c84:	00f300a3          	sb	a5,1(t1)
80401c88:	80406537          	lui	a0,0x80406
80401c8c:	28050513          	add	a0,a0,640 # 80406280 <__udivdi3+0x1354>
80401c90:	377d                	jal	80401c3e <kprintf>
80401c92:	104c                	add	a1,sp,36
80401c94:	8522                	mv	a0,s0
80401c96:	c62e                	sw	a1,12(sp)
80401c98:	3d1d                	jal	80401ace <vkprintf>
80401c9a:	4529                	li	a0,10
80401c9c:	0c5010ef          	jal	80403560 <arch_console_putc>
80401ca0:	121010ef          	jal	804035c0 <arch_console_flush>
80401ca4:	624010ef          	jal	804032c8 <arch_crash>

80401ca8 <proc_first_run>:
80401ca8:	1141                	add	sp,sp,-16
80401caa:	c606                	sw	ra,12(sp)
80401cac:	57f000ef          	jal	80402a2a <user_trap_return>

80401cb0 <proc_init>:
80401cb0:	804f16b7          	lui	a3,0x804f1
80401cb4:	660d                	lui	a2,0x3
80401cb6:	c3060613          	add	a2,a2,-976 # 2c30 <_entry-0x803fd3d0>
80401cba:	80471737          	lui	a4,0x80471
80401cbe:	804f17b7          	lui	a5,0x804f1
80401cc2:	93068693          	add	a3,a3,-1744 # 804f0930 <procs>
80401cc6:	96b2                	add	a3,a3,a2
80401cc8:	93070713          	add	a4,a4,-1744 # 80470930 <kstacks>
80401ccc:	96078793          	add	a5,a5,-1696 # 804f0960 <procs+0x30>
80401cd0:	6609                	lui	a2,0x2
80401cd2:	c398                	sw	a4,0(a5)
80401cd4:	0b078793          	add	a5,a5,176
80401cd8:	9732                	add	a4,a4,a2
80401cda:	fed79ce3          	bne	a5,a3,80401cd2 <proc_init+0x22>
80401cde:	8082                	ret

80401ce0 <myproc>:
80401ce0:	804287b7          	lui	a5,0x80428
80401ce4:	03c7a503          	lw	a0,60(a5) # 8042803c <current>
80401ce8:	8082                	ret

80401cea <proc_alloc>:
80401cea:	1101                	add	sp,sp,-32
80401cec:	804f17b7          	lui	a5,0x804f1
80401cf0:	cc22                	sw	s0,24(sp)
80401cf2:	c84a                	sw	s2,16(sp)
80401cf4:	ce06                	sw	ra,28(sp)
80401cf6:	93078913          	add	s2,a5,-1744 # 804f0930 <procs>
80401cfa:	ca26                	sw	s1,20(sp)
80401cfc:	c64e                	sw	s3,12(sp)
80401cfe:	c452                	sw	s4,8(sp)
80401d00:	c256                	sw	s5,4(sp)
80401d02:	c05a                	sw	s6,0(sp)
80401d04:	93078793          	add	a5,a5,-1744
80401d08:	4401                	li	s0,0
80401d0a:	04000693          	li	a3,64
80401d0e:	4398                	lw	a4,0(a5)
80401d10:	0b078793          	add	a5,a5,176
80401d14:	e355                	bnez	a4,80401db8 <proc_alloc+0xce>
80401d16:	0b000493          	li	s1,176
80401d1a:	029404b3          	mul	s1,s0,s1
80401d1e:	6f7010ef          	jal	80403c14 <uvm_create>
80401d22:	009907b3          	add	a5,s2,s1
80401d26:	d3c8                	sw	a0,36(a5)
80401d28:	c959                	beqz	a0,80401dbe <proc_alloc+0xd4>
80401d2a:	80428637          	lui	a2,0x80428
80401d2e:	01c62703          	lw	a4,28(a2) # 8042801c <next_pid>
80401d32:	4685                	li	a3,1
80401d34:	c394                	sw	a3,0(a5)
80401d36:	00170593          	add	a1,a4,1
80401d3a:	00b62e23          	sw	a1,28(a2)
80401d3e:	c3d8                	sw	a4,4(a5)
80401d40:	8abe                	mv	s5,a5
80401d42:	00d71663          	bne	a4,a3,80401d4e <proc_alloc+0x64>
80401d46:	80428737          	lui	a4,0x80428
80401d4a:	02f72c23          	sw	a5,56(a4) # 80428038 <init_proc>
80401d4e:	0b000713          	li	a4,176
80401d52:	02e40433          	mul	s0,s0,a4
80401d56:	89be                	mv	s3,a5
80401d58:	6789                	lui	a5,0x2
80401d5a:	f7078793          	add	a5,a5,-144 # 1f70 <_entry-0x803fe090>
80401d5e:	09000613          	li	a2,144
80401d62:	4581                	li	a1,0
80401d64:	4a01                	li	s4,0
80401d66:	4b0d                	li	s6,3
80401d68:	944a                	add	s0,s0,s2
80401d6a:	5808                	lw	a0,48(s0)
80401d6c:	953e                	add	a0,a0,a5
80401d6e:	d848                	sw	a0,52(s0)
80401d70:	2955                	jal	80402224 <memset>
80401d72:	03848513          	add	a0,s1,56
80401d76:	03800613          	li	a2,56
80401d7a:	4581                	li	a1,0
80401d7c:	954a                	add	a0,a0,s2
80401d7e:	215d                	jal	80402224 <memset>
80401d80:	5858                	lw	a4,52(s0)
80401d82:	804027b7          	lui	a5,0x80402
80401d86:	ca878793          	add	a5,a5,-856 # 80401ca8 <proc_first_run>
80401d8a:	dc1c                	sw	a5,56(s0)
80401d8c:	dc58                	sw	a4,60(s0)
80401d8e:	d5dfe0ef          	jal	80400aea <file_console>
80401d92:	dbbfe0ef          	jal	80400b4c <file_dup>
80401d96:	06a9a823          	sw	a0,112(s3)
80401d9a:	0a05                	add	s4,s4,1
80401d9c:	0991                	add	s3,s3,4
80401d9e:	ff6a18e3          	bne	s4,s6,80401d8e <proc_alloc+0xa4>
80401da2:	40f2                	lw	ra,28(sp)
80401da4:	4462                	lw	s0,24(sp)
80401da6:	44d2                	lw	s1,20(sp)
80401da8:	4942                	lw	s2,16(sp)
80401daa:	49b2                	lw	s3,12(sp)
80401dac:	4a22                	lw	s4,8(sp)
80401dae:	4b02                	lw	s6,0(sp)
80401db0:	8556                	mv	a0,s5
80401db2:	4a92                	lw	s5,4(sp)
80401db4:	6105                	add	sp,sp,32
80401db6:	8082                	ret
80401db8:	0405                	add	s0,s0,1
80401dba:	f4d41ae3          	bne	s0,a3,80401d0e <proc_alloc+0x24>
80401dbe:	4a81                	li	s5,0
80401dc0:	b7cd                	j	80401da2 <proc_alloc+0xb8>

80401dc2 <proc_free>:
80401dc2:	1141                	add	sp,sp,-16
80401dc4:	c422                	sw	s0,8(sp)
80401dc6:	c226                	sw	s1,4(sp)
80401dc8:	c04a                	sw	s2,0(sp)
80401dca:	c606                	sw	ra,12(sp)
80401dcc:	892a                	mv	s2,a0
80401dce:	07050413          	add	s0,a0,112
80401dd2:	0b050493          	add	s1,a0,176
80401dd6:	4008                	lw	a0,0(s0)
80401dd8:	c509                	beqz	a0,80401de2 <proc_free+0x20>
80401dda:	d7bfe0ef          	jal	80400b54 <file_close>
80401dde:	00042023          	sw	zero,0(s0)
80401de2:	0411                	add	s0,s0,4
80401de4:	fe9419e3          	bne	s0,s1,80401dd6 <proc_free+0x14>
80401de8:	02492503          	lw	a0,36(s2) # fffff024 <kernel_end+0x7fb07024>
80401dec:	c119                	beqz	a0,80401df2 <proc_free+0x30>
80401dee:	5c7000ef          	jal	80402bb4 <uvm_free>
80401df2:	03092403          	lw	s0,48(s2)
80401df6:	854a                	mv	a0,s2
80401df8:	0b000613          	li	a2,176
80401dfc:	4581                	li	a1,0
80401dfe:	211d                	jal	80402224 <memset>
80401e00:	40b2                	lw	ra,12(sp)
80401e02:	02892823          	sw	s0,48(s2)
80401e06:	4422                	lw	s0,8(sp)
80401e08:	00092023          	sw	zero,0(s2)
80401e0c:	4492                	lw	s1,4(sp)
80401e0e:	4902                	lw	s2,0(sp)
80401e10:	0141                	add	sp,sp,16
80401e12:	8082                	ret

80401e14 <scheduler>:
80401e14:	7139                	add	sp,sp,-64
80401e16:	d84a                	sw	s2,48(sp)
80401e18:	ce5e                	sw	s7,28(sp)
80401e1a:	ba2e9937          	lui	s2,0xba2e9
80401e1e:	804f1bb7          	lui	s7,0x804f1
80401e22:	da26                	sw	s1,52(sp)
80401e24:	d64e                	sw	s3,44(sp)
80401e26:	d452                	sw	s4,40(sp)
80401e28:	d256                	sw	s5,36(sp)
80401e2a:	d05a                	sw	s6,32(sp)
80401e2c:	cc62                	sw	s8,24(sp)
80401e2e:	ca66                	sw	s9,20(sp)
80401e30:	c86a                	sw	s10,16(sp)
80401e32:	c66e                	sw	s11,12(sp)
80401e34:	de06                	sw	ra,60(sp)
80401e36:	dc22                	sw	s0,56(sp)
80401e38:	4d81                	li	s11,0
80401e3a:	04000c13          	li	s8,64
80401e3e:	930b8b93          	add	s7,s7,-1744 # 804f0930 <procs>
80401e42:	804284b7          	lui	s1,0x80428
80401e46:	80471ab7          	lui	s5,0x80471
80401e4a:	80428a37          	lui	s4,0x80428
80401e4e:	0b000d13          	li	s10,176
80401e52:	4c89                	li	s9,2
80401e54:	ba390913          	add	s2,s2,-1117 # ba2e8ba3 <kernel_end+0x39df0ba3>
80401e58:	498d                	li	s3,3
80401e5a:	4b15                	li	s6,5
80401e5c:	876e                	mv	a4,s11
80401e5e:	a021                	j	80401e66 <scheduler+0x52>
80401e60:	0705                	add	a4,a4,1
80401e62:	06ec0c63          	beq	s8,a4,80401eda <scheduler+0xc6>
80401e66:	41f75793          	sra	a5,a4,0x1f
80401e6a:	83e9                	srl	a5,a5,0x1a
80401e6c:	00f70433          	add	s0,a4,a5
80401e70:	03f47413          	and	s0,s0,63
80401e74:	8c1d                	sub	s0,s0,a5
80401e76:	03a40433          	mul	s0,s0,s10
80401e7a:	008b87b3          	add	a5,s7,s0
80401e7e:	4394                	lw	a3,0(a5)
80401e80:	ff9690e3          	bne	a3,s9,80401e60 <scheduler+0x4c>
80401e84:	40445713          	sra	a4,s0,0x4
80401e88:	03270733          	mul	a4,a4,s2
80401e8c:	53c8                	lw	a0,36(a5)
80401e8e:	02f4ae23          	sw	a5,60(s1) # 8042803c <current>
80401e92:	0137a023          	sw	s3,0(a5)
80401e96:	00170793          	add	a5,a4,1
80401e9a:	41f7d713          	sra	a4,a5,0x1f
80401e9e:	8369                	srl	a4,a4,0x1a
80401ea0:	00e78db3          	add	s11,a5,a4
80401ea4:	03fdfd93          	and	s11,s11,63
80401ea8:	40ed8db3          	sub	s11,s11,a4
80401eac:	50b010ef          	jal	80403bb6 <vm_switch>
80401eb0:	03840593          	add	a1,s0,56
80401eb4:	95de                	add	a1,a1,s7
80401eb6:	8f4a8513          	add	a0,s5,-1804 # 804708f4 <scheduler_context>
80401eba:	7cd020ef          	jal	80404e86 <swtch>
80401ebe:	038a2783          	lw	a5,56(s4) # 80428038 <init_proc>
80401ec2:	0204ae23          	sw	zero,60(s1)
80401ec6:	c781                	beqz	a5,80401ece <scheduler+0xba>
80401ec8:	4398                	lw	a4,0(a5)
80401eca:	01670563          	beq	a4,s6,80401ed4 <scheduler+0xc0>
80401ece:	040d8c13          	add	s8,s11,64
80401ed2:	b769                	j	80401e5c <scheduler+0x48>
80401ed4:	4fc8                	lw	a0,28(a5)
80401ed6:	a59ff0ef          	jal	8040192e <power_off>
80401eda:	190020ef          	jal	8040406a <arch_idle>
80401ede:	bfbd                	j	80401e5c <scheduler+0x48>

80401ee0 <yield>:
80401ee0:	804287b7          	lui	a5,0x80428
80401ee4:	03c7a503          	lw	a0,60(a5) # 8042803c <current>
80401ee8:	804715b7          	lui	a1,0x80471
80401eec:	4789                	li	a5,2
80401eee:	c11c                	sw	a5,0(a0)
80401ef0:	8f458593          	add	a1,a1,-1804 # 804708f4 <scheduler_context>
80401ef4:	03850513          	add	a0,a0,56
80401ef8:	78f0206f          	j	80404e86 <swtch>

80401efc <sleep_on>:
80401efc:	1141                	add	sp,sp,-16
80401efe:	c422                	sw	s0,8(sp)
80401f00:	80428437          	lui	s0,0x80428
80401f04:	03c42783          	lw	a5,60(s0) # 8042803c <current>
80401f08:	c606                	sw	ra,12(sp)
80401f0a:	4711                	li	a4,4
80401f0c:	804715b7          	lui	a1,0x80471
80401f10:	d388                	sw	a0,32(a5)
80401f12:	c398                	sw	a4,0(a5)
80401f14:	03878513          	add	a0,a5,56
80401f18:	8f458593          	add	a1,a1,-1804 # 804708f4 <scheduler_context>
80401f1c:	76b020ef          	jal	80404e86 <swtch>
80401f20:	03c42783          	lw	a5,60(s0)
80401f24:	40b2                	lw	ra,12(sp)
80401f26:	4422                	lw	s0,8(sp)
80401f28:	0207a023          	sw	zero,32(a5)
80401f2c:	0141                	add	sp,sp,16
80401f2e:	8082                	ret

80401f30 <wakeup>:
80401f30:	804f17b7          	lui	a5,0x804f1
80401f34:	668d                	lui	a3,0x3
80401f36:	93078793          	add	a5,a5,-1744 # 804f0930 <procs>
80401f3a:	c0068693          	add	a3,a3,-1024 # 2c00 <_entry-0x803fd400>
80401f3e:	96be                	add	a3,a3,a5
80401f40:	4611                	li	a2,4
80401f42:	4589                	li	a1,2
80401f44:	a029                	j	80401f4e <wakeup+0x1e>
80401f46:	0b078793          	add	a5,a5,176
80401f4a:	00f68d63          	beq	a3,a5,80401f64 <wakeup+0x34>
80401f4e:	4398                	lw	a4,0(a5)
80401f50:	fec71be3          	bne	a4,a2,80401f46 <wakeup+0x16>
80401f54:	5398                	lw	a4,32(a5)
80401f56:	fea718e3          	bne	a4,a0,80401f46 <wakeup+0x16>
80401f5a:	c38c                	sw	a1,0(a5)
80401f5c:	0b078793          	add	a5,a5,176
80401f60:	fef697e3          	bne	a3,a5,80401f4e <wakeup+0x1e>
80401f64:	8082                	ret

80401f66 <proc_close_all>:
80401f66:	1141                	add	sp,sp,-16
80401f68:	c04a                	sw	s2,0(sp)
80401f6a:	678d                	lui	a5,0x3
80401f6c:	804f1937          	lui	s2,0x804f1
80401f70:	93090913          	add	s2,s2,-1744 # 804f0930 <procs>
80401f74:	cb078793          	add	a5,a5,-848 # 2cb0 <_entry-0x803fd350>
80401f78:	c226                	sw	s1,4(sp)
80401f7a:	c606                	sw	ra,12(sp)
80401f7c:	0b090493          	add	s1,s2,176
80401f80:	c422                	sw	s0,8(sp)
80401f82:	993e                	add	s2,s2,a5
80401f84:	fc048413          	add	s0,s1,-64
80401f88:	4008                	lw	a0,0(s0)
80401f8a:	c509                	beqz	a0,80401f94 <proc_close_all+0x2e>
80401f8c:	bc9fe0ef          	jal	80400b54 <file_close>
80401f90:	00042023          	sw	zero,0(s0)
80401f94:	0411                	add	s0,s0,4
80401f96:	fe9419e3          	bne	s0,s1,80401f88 <proc_close_all+0x22>
80401f9a:	0b040493          	add	s1,s0,176
80401f9e:	ff2493e3          	bne	s1,s2,80401f84 <proc_close_all+0x1e>
80401fa2:	40b2                	lw	ra,12(sp)
80401fa4:	4422                	lw	s0,8(sp)
80401fa6:	4492                	lw	s1,4(sp)
80401fa8:	4902                	lw	s2,0(sp)
80401faa:	0141                	add	sp,sp,16
80401fac:	8082                	ret

80401fae <proc_exit>:
80401fae:	1101                	add	sp,sp,-32
80401fb0:	ca26                	sw	s1,20(sp)
80401fb2:	804284b7          	lui	s1,0x80428
80401fb6:	c64e                	sw	s3,12(sp)
80401fb8:	03c4a983          	lw	s3,60(s1) # 8042803c <current>
80401fbc:	cc22                	sw	s0,24(sp)
80401fbe:	c84a                	sw	s2,16(sp)
80401fc0:	c452                	sw	s4,8(sp)
80401fc2:	ce06                	sw	ra,28(sp)
80401fc4:	842a                	mv	s0,a0
80401fc6:	07098913          	add	s2,s3,112
80401fca:	0b098a13          	add	s4,s3,176
80401fce:	00092503          	lw	a0,0(s2)
80401fd2:	c509                	beqz	a0,80401fdc <proc_exit+0x2e>
80401fd4:	b81fe0ef          	jal	80400b54 <file_close>
80401fd8:	00092023          	sw	zero,0(s2)
80401fdc:	0911                	add	s2,s2,4
80401fde:	ff4918e3          	bne	s2,s4,80401fce <proc_exit+0x20>
80401fe2:	678d                	lui	a5,0x3
80401fe4:	80428737          	lui	a4,0x80428
80401fe8:	804f1e37          	lui	t3,0x804f1
80401fec:	930e0e13          	add	t3,t3,-1744 # 804f0930 <procs>
80401ff0:	c0878513          	add	a0,a5,-1016 # 2c08 <_entry-0x803fd3f8>
80401ff4:	03872803          	lw	a6,56(a4) # 80428038 <init_proc>
80401ff8:	c0078793          	add	a5,a5,-1024
80401ffc:	804f1737          	lui	a4,0x804f1
80402000:	93870713          	add	a4,a4,-1736 # 804f0938 <procs+0x8>
80402004:	9572                	add	a0,a0,t3
80402006:	4315                	li	t1,5
80402008:	00fe0633          	add	a2,t3,a5
8040200c:	4591                	li	a1,4
8040200e:	4889                	li	a7,2
80402010:	a029                	j	8040201a <proc_exit+0x6c>
80402012:	0b070713          	add	a4,a4,176
80402016:	02a70b63          	beq	a4,a0,8040204c <proc_exit+0x9e>
8040201a:	ff872783          	lw	a5,-8(a4)
8040201e:	dbf5                	beqz	a5,80402012 <proc_exit+0x64>
80402020:	4314                	lw	a3,0(a4)
80402022:	fed998e3          	bne	s3,a3,80402012 <proc_exit+0x64>
80402026:	01072023          	sw	a6,0(a4)
8040202a:	fe6794e3          	bne	a5,t1,80402012 <proc_exit+0x64>
8040202e:	87f2                	mv	a5,t3
80402030:	a029                	j	8040203a <proc_exit+0x8c>
80402032:	0b078793          	add	a5,a5,176
80402036:	fcf60ee3          	beq	a2,a5,80402012 <proc_exit+0x64>
8040203a:	4394                	lw	a3,0(a5)
8040203c:	feb69be3          	bne	a3,a1,80402032 <proc_exit+0x84>
80402040:	5394                	lw	a3,32(a5)
80402042:	fed818e3          	bne	a6,a3,80402032 <proc_exit+0x84>
80402046:	0117a023          	sw	a7,0(a5)
8040204a:	b7e5                	j	80402032 <proc_exit+0x84>
8040204c:	0089a503          	lw	a0,8(s3)
80402050:	4795                	li	a5,5
80402052:	0089ae23          	sw	s0,28(s3)
80402056:	00f9a023          	sw	a5,0(s3)
8040205a:	c111                	beqz	a0,8040205e <proc_exit+0xb0>
8040205c:	3dd1                	jal	80401f30 <wakeup>
8040205e:	03c4a503          	lw	a0,60(s1)
80402062:	c11d                	beqz	a0,80402088 <proc_exit+0xda>
80402064:	4118                	lw	a4,0(a0)
80402066:	478d                	li	a5,3
80402068:	02f70063          	beq	a4,a5,80402088 <proc_exit+0xda>
8040206c:	804715b7          	lui	a1,0x80471
80402070:	03850513          	add	a0,a0,56
80402074:	8f458593          	add	a1,a1,-1804 # 804708f4 <scheduler_context>
80402078:	60f020ef          	jal	80404e86 <swtch>
8040207c:	80406537          	lui	a0,0x80406
80402080:	2ac50513          	add	a0,a0,684 # 804062ac <__udivdi3+0x1380>
80402084:	be1ff0ef          	jal	80401c64 <panic>
80402088:	80406537          	lui	a0,0x80406
8040208c:	28850513          	add	a0,a0,648 # 80406288 <__udivdi3+0x135c>
80402090:	bd5ff0ef          	jal	80401c64 <panic>

80402094 <proc_wait>:
80402094:	7179                	add	sp,sp,-48
80402096:	c462                	sw	s8,8(sp)
80402098:	80428c37          	lui	s8,0x80428
8040209c:	d04a                	sw	s2,32(sp)
8040209e:	03cc2903          	lw	s2,60(s8) # 8042803c <current>
804020a2:	cc52                	sw	s4,24(sp)
804020a4:	804f1a37          	lui	s4,0x804f1
804020a8:	d226                	sw	s1,36(sp)
804020aa:	ce4e                	sw	s3,28(sp)
804020ac:	ca56                	sw	s5,20(sp)
804020ae:	c85a                	sw	s6,16(sp)
804020b0:	c65e                	sw	s7,12(sp)
804020b2:	d606                	sw	ra,44(sp)
804020b4:	d422                	sw	s0,40(sp)
804020b6:	89aa                	mv	s3,a0
804020b8:	8aae                	mv	s5,a1
804020ba:	930a0a13          	add	s4,s4,-1744 # 804f0930 <procs>
804020be:	5b7d                	li	s6,-1
804020c0:	4b95                	li	s7,5
804020c2:	04000493          	li	s1,64
804020c6:	87d2                	mv	a5,s4
804020c8:	4401                	li	s0,0
804020ca:	4601                	li	a2,0
804020cc:	a031                	j	804020d8 <proc_wait+0x44>
804020ce:	0405                	add	s0,s0,1
804020d0:	0b078793          	add	a5,a5,176
804020d4:	06940063          	beq	s0,s1,80402134 <proc_wait+0xa0>
804020d8:	4398                	lw	a4,0(a5)
804020da:	db75                	beqz	a4,804020ce <proc_wait+0x3a>
804020dc:	4794                	lw	a3,8(a5)
804020de:	ff2698e3          	bne	a3,s2,804020ce <proc_wait+0x3a>
804020e2:	01698563          	beq	s3,s6,804020ec <proc_wait+0x58>
804020e6:	43d4                	lw	a3,4(a5)
804020e8:	ff3693e3          	bne	a3,s3,804020ce <proc_wait+0x3a>
804020ec:	03771e63          	bne	a4,s7,80402128 <proc_wait+0x94>
804020f0:	0b000493          	li	s1,176
804020f4:	029404b3          	mul	s1,s0,s1
804020f8:	060a9263          	bnez	s5,8040215c <proc_wait+0xc8>
804020fc:	0b000793          	li	a5,176
80402100:	009a0533          	add	a0,s4,s1
80402104:	02f40433          	mul	s0,s0,a5
80402108:	9452                	add	s0,s0,s4
8040210a:	4040                	lw	s0,4(s0)
8040210c:	395d                	jal	80401dc2 <proc_free>
8040210e:	50b2                	lw	ra,44(sp)
80402110:	8522                	mv	a0,s0
80402112:	5422                	lw	s0,40(sp)
80402114:	5492                	lw	s1,36(sp)
80402116:	5902                	lw	s2,32(sp)
80402118:	49f2                	lw	s3,28(sp)
8040211a:	4a62                	lw	s4,24(sp)
8040211c:	4ad2                	lw	s5,20(sp)
8040211e:	4b42                	lw	s6,16(sp)
80402120:	4bb2                	lw	s7,12(sp)
80402122:	4c22                	lw	s8,8(sp)
80402124:	6145                	add	sp,sp,48
80402126:	8082                	ret
80402128:	0405                	add	s0,s0,1
8040212a:	4605                	li	a2,1
8040212c:	0b078793          	add	a5,a5,176
80402130:	fa9414e3          	bne	s0,s1,804020d8 <proc_wait+0x44>
80402134:	c229                	beqz	a2,80402176 <proc_wait+0xe2>
80402136:	03cc2503          	lw	a0,60(s8)
8040213a:	4791                	li	a5,4
8040213c:	804715b7          	lui	a1,0x80471
80402140:	c11c                	sw	a5,0(a0)
80402142:	03252023          	sw	s2,32(a0)
80402146:	8f458593          	add	a1,a1,-1804 # 804708f4 <scheduler_context>
8040214a:	03850513          	add	a0,a0,56
8040214e:	539020ef          	jal	80404e86 <swtch>
80402152:	03cc2783          	lw	a5,60(s8)
80402156:	0207a023          	sw	zero,32(a5)
8040215a:	b7b5                	j	804020c6 <proc_wait+0x32>
8040215c:	02492503          	lw	a0,36(s2)
80402160:	01c48613          	add	a2,s1,28
80402164:	4691                	li	a3,4
80402166:	9652                	add	a2,a2,s4
80402168:	85d6                	mv	a1,s5
8040216a:	59d000ef          	jal	80402f06 <copyout>
8040216e:	f80557e3          	bgez	a0,804020fc <proc_wait+0x68>
80402172:	5449                	li	s0,-14
80402174:	bf69                	j	8040210e <proc_wait+0x7a>
80402176:	5459                	li	s0,-10
80402178:	bf59                	j	8040210e <proc_wait+0x7a>

8040217a <fd_alloc>:
8040217a:	804287b7          	lui	a5,0x80428
8040217e:	03c7a583          	lw	a1,60(a5) # 8042803c <current>
80402182:	862a                	mv	a2,a0
80402184:	46c1                	li	a3,16
80402186:	07058793          	add	a5,a1,112
8040218a:	4501                	li	a0,0
8040218c:	4398                	lw	a4,0(a5)
8040218e:	0791                	add	a5,a5,4
80402190:	c711                	beqz	a4,8040219c <fd_alloc+0x22>
80402192:	0505                	add	a0,a0,1
80402194:	fed51ce3          	bne	a0,a3,8040218c <fd_alloc+0x12>
80402198:	5521                	li	a0,-24
8040219a:	8082                	ret
8040219c:	01c50793          	add	a5,a0,28
804021a0:	078a                	sll	a5,a5,0x2
804021a2:	95be                	add	a1,a1,a5
804021a4:	c190                	sw	a2,0(a1)
804021a6:	8082                	ret

804021a8 <program_find>:
804021a8:	1101                	add	sp,sp,-32
804021aa:	cc22                	sw	s0,24(sp)
804021ac:	80406437          	lui	s0,0x80406
804021b0:	ca26                	sw	s1,20(sp)
804021b2:	c84a                	sw	s2,16(sp)
804021b4:	c64e                	sw	s3,12(sp)
804021b6:	c452                	sw	s4,8(sp)
804021b8:	ce06                	sw	ra,28(sp)
804021ba:	2f040a13          	add	s4,s0,752 # 804062f0 <programs>
804021be:	892a                	mv	s2,a0
804021c0:	2f040413          	add	s0,s0,752
804021c4:	4481                	li	s1,0
804021c6:	4999                	li	s3,6
804021c8:	4008                	lw	a0,0(s0)
804021ca:	85ca                	mv	a1,s2
804021cc:	0431                	add	s0,s0,12
804021ce:	2281                	jal	8040230e <strcmp>
804021d0:	cd09                	beqz	a0,804021ea <program_find+0x42>
804021d2:	0485                	add	s1,s1,1
804021d4:	ff349ae3          	bne	s1,s3,804021c8 <program_find+0x20>
804021d8:	40f2                	lw	ra,28(sp)
804021da:	4462                	lw	s0,24(sp)
804021dc:	44d2                	lw	s1,20(sp)
804021de:	4942                	lw	s2,16(sp)
804021e0:	49b2                	lw	s3,12(sp)
804021e2:	4a22                	lw	s4,8(sp)
804021e4:	4501                	li	a0,0
804021e6:	6105                	add	sp,sp,32
804021e8:	8082                	ret
804021ea:	40f2                	lw	ra,28(sp)
804021ec:	4462                	lw	s0,24(sp)
804021ee:	00149793          	sll	a5,s1,0x1
804021f2:	97a6                	add	a5,a5,s1
804021f4:	078a                	sll	a5,a5,0x2
804021f6:	44d2                	lw	s1,20(sp)
804021f8:	4942                	lw	s2,16(sp)
804021fa:	49b2                	lw	s3,12(sp)
804021fc:	00fa0533          	add	a0,s4,a5
80402200:	4a22                	lw	s4,8(sp)
80402202:	6105                	add	sp,sp,32
80402204:	8082                	ret

80402206 <program_at>:
80402206:	4795                	li	a5,5
80402208:	00a7ec63          	bltu	a5,a0,80402220 <program_at+0x1a>
8040220c:	00151793          	sll	a5,a0,0x1
80402210:	953e                	add	a0,a0,a5
80402212:	804067b7          	lui	a5,0x80406
80402216:	2f078793          	add	a5,a5,752 # 804062f0 <programs>
8040221a:	050a                	sll	a0,a0,0x2
8040221c:	953e                	add	a0,a0,a5
8040221e:	8082                	ret
80402220:	4501                	li	a0,0
80402222:	8082                	ret

80402224 <memset>:
80402224:	00c56733          	or	a4,a0,a2
80402228:	8b0d                	and	a4,a4,3
8040222a:	87aa                	mv	a5,a0
8040222c:	cf01                	beqz	a4,80402244 <memset+0x20>
8040222e:	0ff5f593          	zext.b	a1,a1
80402232:	00c50733          	add	a4,a0,a2
80402236:	c61d                	beqz	a2,80402264 <memset+0x40>
80402238:	00b78023          	sb	a1,0(a5)
8040223c:	0785                	add	a5,a5,1
8040223e:	fee79de3          	bne	a5,a4,80402238 <memset+0x14>
80402242:	8082                	ret
80402244:	0ff5f593          	zext.b	a1,a1
80402248:	00859693          	sll	a3,a1,0x8
8040224c:	96ae                	add	a3,a3,a1
8040224e:	01069793          	sll	a5,a3,0x10
80402252:	96be                	add	a3,a3,a5
80402254:	d67d                	beqz	a2,80402242 <memset+0x1e>
80402256:	00e507b3          	add	a5,a0,a4
8040225a:	c394                	sw	a3,0(a5)
8040225c:	0711                	add	a4,a4,4
8040225e:	fec76ce3          	bltu	a4,a2,80402256 <memset+0x32>
80402262:	8082                	ret
80402264:	8082                	ret

80402266 <memcpy>:
80402266:	00b567b3          	or	a5,a0,a1
8040226a:	8fd1                	or	a5,a5,a2
8040226c:	8b8d                	and	a5,a5,3
8040226e:	cf91                	beqz	a5,8040228a <memcpy+0x24>
80402270:	87aa                	mv	a5,a0
80402272:	00c586b3          	add	a3,a1,a2
80402276:	c60d                	beqz	a2,804022a0 <memcpy+0x3a>
80402278:	0005c703          	lbu	a4,0(a1)
8040227c:	0585                	add	a1,a1,1
8040227e:	0785                	add	a5,a5,1
80402280:	fee78fa3          	sb	a4,-1(a5)
80402284:	fed59ae3          	bne	a1,a3,80402278 <memcpy+0x12>
80402288:	8082                	ret
8040228a:	de7d                	beqz	a2,80402288 <memcpy+0x22>
8040228c:	00f58733          	add	a4,a1,a5
80402290:	4314                	lw	a3,0(a4)
80402292:	00f50733          	add	a4,a0,a5
80402296:	0791                	add	a5,a5,4
80402298:	c314                	sw	a3,0(a4)
8040229a:	fec7e9e3          	bltu	a5,a2,8040228c <memcpy+0x26>
8040229e:	8082                	ret
804022a0:	8082                	ret

804022a2 <memcmp>:
804022a2:	c205                	beqz	a2,804022c2 <memcmp+0x20>
804022a4:	962a                	add	a2,a2,a0
804022a6:	a019                	j	804022ac <memcmp+0xa>
804022a8:	00c50d63          	beq	a0,a2,804022c2 <memcmp+0x20>
804022ac:	00054783          	lbu	a5,0(a0)
804022b0:	0005c703          	lbu	a4,0(a1)
804022b4:	0505                	add	a0,a0,1
804022b6:	0585                	add	a1,a1,1
804022b8:	fee788e3          	beq	a5,a4,804022a8 <memcmp+0x6>
804022bc:	40e78533          	sub	a0,a5,a4
804022c0:	8082                	ret
804022c2:	4501                	li	a0,0
804022c4:	8082                	ret

804022c6 <strlen>:
804022c6:	00054783          	lbu	a5,0(a0)
804022ca:	872a                	mv	a4,a0
804022cc:	4501                	li	a0,0
804022ce:	cb81                	beqz	a5,804022de <strlen+0x18>
804022d0:	0505                	add	a0,a0,1
804022d2:	00a707b3          	add	a5,a4,a0
804022d6:	0007c783          	lbu	a5,0(a5)
804022da:	fbfd                	bnez	a5,804022d0 <strlen+0xa>
804022dc:	8082                	ret
804022de:	8082                	ret

804022e0 <strncmp>:
804022e0:	c20d                	beqz	a2,80402302 <strncmp+0x22>
804022e2:	962a                	add	a2,a2,a0
804022e4:	a021                	j	804022ec <strncmp+0xc>
804022e6:	c385                	beqz	a5,80402306 <strncmp+0x26>
804022e8:	00c50d63          	beq	a0,a2,80402302 <strncmp+0x22>
804022ec:	0005c783          	lbu	a5,0(a1)
804022f0:	00054703          	lbu	a4,0(a0)
804022f4:	0585                	add	a1,a1,1
804022f6:	0505                	add	a0,a0,1
804022f8:	fef707e3          	beq	a4,a5,804022e6 <strncmp+0x6>
804022fc:	40f70533          	sub	a0,a4,a5
80402300:	8082                	ret
80402302:	4501                	li	a0,0
80402304:	8082                	ret
80402306:	4701                	li	a4,0
80402308:	40f70533          	sub	a0,a4,a5
8040230c:	8082                	ret

8040230e <strcmp>:
8040230e:	fff50693          	add	a3,a0,-1
80402312:	a021                	j	8040231a <strcmp+0xc>
80402314:	cf91                	beqz	a5,80402330 <strcmp+0x22>
80402316:	02d50163          	beq	a0,a3,80402338 <strcmp+0x2a>
8040231a:	0005c783          	lbu	a5,0(a1)
8040231e:	00054703          	lbu	a4,0(a0)
80402322:	0585                	add	a1,a1,1
80402324:	0505                	add	a0,a0,1
80402326:	fef707e3          	beq	a4,a5,80402314 <strcmp+0x6>
8040232a:	40f70533          	sub	a0,a4,a5
8040232e:	8082                	ret
80402330:	4701                	li	a4,0
80402332:	40f70533          	sub	a0,a4,a5
80402336:	8082                	ret
80402338:	4501                	li	a0,0
8040233a:	8082                	ret

8040233c <strlcpy_k>:
8040233c:	4785                	li	a5,1
8040233e:	882a                	mv	a6,a0
80402340:	02c7f563          	bgeu	a5,a2,8040236a <strlcpy_k+0x2e>
80402344:	962e                	add	a2,a2,a1
80402346:	872a                	mv	a4,a0
80402348:	fff60893          	add	a7,a2,-1
8040234c:	87ae                	mv	a5,a1
8040234e:	a801                	j	8040235e <strlcpy_k+0x22>
80402350:	00d70023          	sb	a3,0(a4)
80402354:	00180713          	add	a4,a6,1 # fffff001 <kernel_end+0x7fb07001>
80402358:	01160c63          	beq	a2,a7,80402370 <strlcpy_k+0x34>
8040235c:	87b2                	mv	a5,a2
8040235e:	0007c683          	lbu	a3,0(a5)
80402362:	00178613          	add	a2,a5,1
80402366:	883a                	mv	a6,a4
80402368:	f6e5                	bnez	a3,80402350 <strlcpy_k+0x14>
8040236a:	00080023          	sb	zero,0(a6)
8040236e:	8082                	ret
80402370:	8f8d                	sub	a5,a5,a1
80402372:	0785                	add	a5,a5,1
80402374:	00f50833          	add	a6,a0,a5
80402378:	00080023          	sb	zero,0(a6)
8040237c:	8082                	ret

8040237e <syscall>:
8040237e:	1141                	add	sp,sp,-16
80402380:	c422                	sw	s0,8(sp)
80402382:	c606                	sw	ra,12(sp)
80402384:	95dff0ef          	jal	80401ce0 <myproc>
80402388:	5940                	lw	s0,52(a0)
8040238a:	4745                	li	a4,17
8040238c:	fda00513          	li	a0,-38
80402390:	407c                	lw	a5,68(s0)
80402392:	fff78693          	add	a3,a5,-1
80402396:	00d76b63          	bltu	a4,a3,804023ac <syscall+0x2e>
8040239a:	80406737          	lui	a4,0x80406
8040239e:	078a                	sll	a5,a5,0x2
804023a0:	33870713          	add	a4,a4,824 # 80406338 <syscalls>
804023a4:	97ba                	add	a5,a5,a4
804023a6:	439c                	lw	a5,0(a5)
804023a8:	c391                	beqz	a5,804023ac <syscall+0x2e>
804023aa:	9782                	jalr	a5
804023ac:	40b2                	lw	ra,12(sp)
804023ae:	d408                	sw	a0,40(s0)
804023b0:	4422                	lw	s0,8(sp)
804023b2:	0141                	add	sp,sp,16
804023b4:	8082                	ret

804023b6 <arg_raw>:
804023b6:	7179                	add	sp,sp,-48
804023b8:	d422                	sw	s0,40(sp)
804023ba:	d606                	sw	ra,44(sp)
804023bc:	842a                	mv	s0,a0
804023be:	923ff0ef          	jal	80401ce0 <myproc>
804023c2:	595c                	lw	a5,52(a0)
804023c4:	4715                	li	a4,5
804023c6:	5b88                	lw	a0,48(a5)
804023c8:	02c7a803          	lw	a6,44(a5)
804023cc:	5bcc                	lw	a1,52(a5)
804023ce:	5f90                	lw	a2,56(a5)
804023d0:	5fd4                	lw	a3,60(a5)
804023d2:	579c                	lw	a5,40(a5)
804023d4:	c82a                	sw	a0,16(sp)
804023d6:	c642                	sw	a6,12(sp)
804023d8:	c43e                	sw	a5,8(sp)
804023da:	ca2e                	sw	a1,20(sp)
804023dc:	cc32                	sw	a2,24(sp)
804023de:	ce36                	sw	a3,28(sp)
804023e0:	4501                	li	a0,0
804023e2:	00876963          	bltu	a4,s0,804023f4 <arg_raw+0x3e>
804023e6:	040a                	sll	s0,s0,0x2
804023e8:	02040793          	add	a5,s0,32
804023ec:	00278433          	add	s0,a5,sp
804023f0:	fe842503          	lw	a0,-24(s0)
804023f4:	50b2                	lw	ra,44(sp)
804023f6:	5422                	lw	s0,40(sp)
804023f8:	6145                	add	sp,sp,48
804023fa:	8082                	ret

804023fc <arg_str>:
804023fc:	1101                	add	sp,sp,-32
804023fe:	ce06                	sw	ra,28(sp)
80402400:	cc22                	sw	s0,24(sp)
80402402:	ca26                	sw	s1,20(sp)
80402404:	c84a                	sw	s2,16(sp)
80402406:	c64e                	sw	s3,12(sp)
80402408:	84b2                	mv	s1,a2
8040240a:	842e                	mv	s0,a1
8040240c:	892a                	mv	s2,a0
8040240e:	8d3ff0ef          	jal	80401ce0 <myproc>
80402412:	02452983          	lw	s3,36(a0)
80402416:	854a                	mv	a0,s2
80402418:	3f79                	jal	804023b6 <arg_raw>
8040241a:	85a2                	mv	a1,s0
8040241c:	4462                	lw	s0,24(sp)
8040241e:	40f2                	lw	ra,28(sp)
80402420:	4942                	lw	s2,16(sp)
80402422:	862a                	mv	a2,a0
80402424:	86a6                	mv	a3,s1
80402426:	854e                	mv	a0,s3
80402428:	44d2                	lw	s1,20(sp)
8040242a:	49b2                	lw	s3,12(sp)
8040242c:	6105                	add	sp,sp,32
8040242e:	38d0006f          	j	80402fba <copyinstr>

80402432 <sys_read>:
80402432:	1141                	add	sp,sp,-16
80402434:	4501                	li	a0,0
80402436:	c606                	sw	ra,12(sp)
80402438:	c422                	sw	s0,8(sp)
8040243a:	c226                	sw	s1,4(sp)
8040243c:	3fad                	jal	804023b6 <arg_raw>
8040243e:	47bd                	li	a5,15
80402440:	02a7ec63          	bltu	a5,a0,80402478 <sys_read+0x46>
80402444:	842a                	mv	s0,a0
80402446:	0471                	add	s0,s0,28
80402448:	899ff0ef          	jal	80401ce0 <myproc>
8040244c:	040a                	sll	s0,s0,0x2
8040244e:	9522                	add	a0,a0,s0
80402450:	4104                	lw	s1,0(a0)
80402452:	c09d                	beqz	s1,80402478 <sys_read+0x46>
80402454:	4509                	li	a0,2
80402456:	3785                	jal	804023b6 <arg_raw>
80402458:	02054663          	bltz	a0,80402484 <sys_read+0x52>
8040245c:	4505                	li	a0,1
8040245e:	3fa1                	jal	804023b6 <arg_raw>
80402460:	842a                	mv	s0,a0
80402462:	4509                	li	a0,2
80402464:	3f89                	jal	804023b6 <arg_raw>
80402466:	85a2                	mv	a1,s0
80402468:	4422                	lw	s0,8(sp)
8040246a:	40b2                	lw	ra,12(sp)
8040246c:	862a                	mv	a2,a0
8040246e:	8526                	mv	a0,s1
80402470:	4492                	lw	s1,4(sp)
80402472:	0141                	add	sp,sp,16
80402474:	f2cfe06f          	j	80400ba0 <file_read>
80402478:	555d                	li	a0,-9
8040247a:	40b2                	lw	ra,12(sp)
8040247c:	4422                	lw	s0,8(sp)
8040247e:	4492                	lw	s1,4(sp)
80402480:	0141                	add	sp,sp,16
80402482:	8082                	ret
80402484:	5529                	li	a0,-22
80402486:	bfd5                	j	8040247a <sys_read+0x48>

80402488 <sys_write>:
80402488:	1141                	add	sp,sp,-16
8040248a:	4501                	li	a0,0
8040248c:	c606                	sw	ra,12(sp)
8040248e:	c422                	sw	s0,8(sp)
80402490:	c226                	sw	s1,4(sp)
80402492:	3715                	jal	804023b6 <arg_raw>
80402494:	47bd                	li	a5,15
80402496:	02a7ec63          	bltu	a5,a0,804024ce <sys_write+0x46>
8040249a:	842a                	mv	s0,a0
8040249c:	0471                	add	s0,s0,28
8040249e:	843ff0ef          	jal	80401ce0 <myproc>
804024a2:	040a                	sll	s0,s0,0x2
804024a4:	9522                	add	a0,a0,s0
804024a6:	4104                	lw	s1,0(a0)
804024a8:	c09d                	beqz	s1,804024ce <sys_write+0x46>
804024aa:	4509                	li	a0,2
804024ac:	3729                	jal	804023b6 <arg_raw>
804024ae:	02054663          	bltz	a0,804024da <sys_write+0x52>
804024b2:	4505                	li	a0,1
804024b4:	3709                	jal	804023b6 <arg_raw>
804024b6:	842a                	mv	s0,a0
804024b8:	4509                	li	a0,2
804024ba:	3df5                	jal	804023b6 <arg_raw>
804024bc:	85a2                	mv	a1,s0
804024be:	4422                	lw	s0,8(sp)
804024c0:	40b2                	lw	ra,12(sp)
804024c2:	862a                	mv	a2,a0
804024c4:	8526                	mv	a0,s1
804024c6:	4492                	lw	s1,4(sp)
804024c8:	0141                	add	sp,sp,16
804024ca:	f1efe06f          	j	80400be8 <file_write>
804024ce:	555d                	li	a0,-9
804024d0:	40b2                	lw	ra,12(sp)
804024d2:	4422                	lw	s0,8(sp)
804024d4:	4492                	lw	s1,4(sp)
804024d6:	0141                	add	sp,sp,16
804024d8:	8082                	ret
804024da:	5529                	li	a0,-22
804024dc:	bfd5                	j	804024d0 <sys_write+0x48>

804024de <sys_open>:
804024de:	7171                	add	sp,sp,-176
804024e0:	4505                	li	a0,1
804024e2:	d706                	sw	ra,172(sp)
804024e4:	d522                	sw	s0,168(sp)
804024e6:	d326                	sw	s1,164(sp)
804024e8:	d14a                	sw	s2,160(sp)
804024ea:	cf4e                	sw	s3,156(sp)
804024ec:	35e9                	jal	804023b6 <arg_raw>
804024ee:	84aa                	mv	s1,a0
804024f0:	08000613          	li	a2,128
804024f4:	080c                	add	a1,sp,16
804024f6:	4501                	li	a0,0
804024f8:	3711                	jal	804023fc <arg_str>
804024fa:	842a                	mv	s0,a0
804024fc:	04054963          	bltz	a0,8040254e <sys_open+0x70>
80402500:	0034f913          	and	s2,s1,3
80402504:	478d                	li	a5,3
80402506:	5429                	li	s0,-22
80402508:	04f90363          	beq	s2,a5,8040254e <sys_open+0x70>
8040250c:	0070                	add	a2,sp,12
8040250e:	85a6                	mv	a1,s1
80402510:	0808                	add	a0,sp,16
80402512:	f7bfd0ef          	jal	8040048c <fs_open>
80402516:	842a                	mv	s0,a0
80402518:	02054b63          	bltz	a0,8040254e <sys_open+0x70>
8040251c:	dd8fe0ef          	jal	80400af4 <file_alloc>
80402520:	89aa                	mv	s3,a0
80402522:	c131                	beqz	a0,80402566 <sys_open+0x88>
80402524:	4732                	lw	a4,12(sp)
80402526:	fff90793          	add	a5,s2,-1
8040252a:	80a9                	srl	s1,s1,0xa
8040252c:	00f037b3          	snez	a5,a5
80402530:	4689                	li	a3,2
80402532:	8885                	and	s1,s1,1
80402534:	01203933          	snez	s2,s2
80402538:	c114                	sw	a3,0(a0)
8040253a:	c958                	sw	a4,20(a0)
8040253c:	c51c                	sw	a5,8(a0)
8040253e:	01252623          	sw	s2,12(a0)
80402542:	c904                	sw	s1,16(a0)
80402544:	c37ff0ef          	jal	8040217a <fd_alloc>
80402548:	842a                	mv	s0,a0
8040254a:	00054a63          	bltz	a0,8040255e <sys_open+0x80>
8040254e:	50ba                	lw	ra,172(sp)
80402550:	8522                	mv	a0,s0
80402552:	542a                	lw	s0,168(sp)
80402554:	549a                	lw	s1,164(sp)
80402556:	590a                	lw	s2,160(sp)
80402558:	49fa                	lw	s3,156(sp)
8040255a:	614d                	add	sp,sp,176
8040255c:	8082                	ret
8040255e:	854e                	mv	a0,s3
80402560:	df4fe0ef          	jal	80400b54 <file_close>
80402564:	b7ed                	j	8040254e <sys_open+0x70>
80402566:	4532                	lw	a0,12(sp)
80402568:	5421                	li	s0,-24
8040256a:	f3bfe0ef          	jal	804014a4 <iput>
8040256e:	b7c5                	j	8040254e <sys_open+0x70>

80402570 <sys_close>:
80402570:	1141                	add	sp,sp,-16
80402572:	4501                	li	a0,0
80402574:	c606                	sw	ra,12(sp)
80402576:	c422                	sw	s0,8(sp)
80402578:	c226                	sw	s1,4(sp)
8040257a:	3d35                	jal	804023b6 <arg_raw>
8040257c:	47bd                	li	a5,15
8040257e:	02a7e863          	bltu	a5,a0,804025ae <sys_close+0x3e>
80402582:	842a                	mv	s0,a0
80402584:	0471                	add	s0,s0,28
80402586:	f5aff0ef          	jal	80401ce0 <myproc>
8040258a:	040a                	sll	s0,s0,0x2
8040258c:	9522                	add	a0,a0,s0
8040258e:	4104                	lw	s1,0(a0)
80402590:	cc99                	beqz	s1,804025ae <sys_close+0x3e>
80402592:	f4eff0ef          	jal	80401ce0 <myproc>
80402596:	9522                	add	a0,a0,s0
80402598:	00052023          	sw	zero,0(a0)
8040259c:	8526                	mv	a0,s1
8040259e:	db6fe0ef          	jal	80400b54 <file_close>
804025a2:	40b2                	lw	ra,12(sp)
804025a4:	4422                	lw	s0,8(sp)
804025a6:	4492                	lw	s1,4(sp)
804025a8:	4501                	li	a0,0
804025aa:	0141                	add	sp,sp,16
804025ac:	8082                	ret
804025ae:	40b2                	lw	ra,12(sp)
804025b0:	4422                	lw	s0,8(sp)
804025b2:	4492                	lw	s1,4(sp)
804025b4:	555d                	li	a0,-9
804025b6:	0141                	add	sp,sp,16
804025b8:	8082                	ret

804025ba <sys_lseek>:
804025ba:	1141                	add	sp,sp,-16
804025bc:	4501                	li	a0,0
804025be:	c606                	sw	ra,12(sp)
804025c0:	c422                	sw	s0,8(sp)
804025c2:	c226                	sw	s1,4(sp)
804025c4:	3bcd                	jal	804023b6 <arg_raw>
804025c6:	47bd                	li	a5,15
804025c8:	02a7e863          	bltu	a5,a0,804025f8 <sys_lseek+0x3e>
804025cc:	842a                	mv	s0,a0
804025ce:	0471                	add	s0,s0,28
804025d0:	f10ff0ef          	jal	80401ce0 <myproc>
804025d4:	040a                	sll	s0,s0,0x2
804025d6:	9522                	add	a0,a0,s0
804025d8:	4104                	lw	s1,0(a0)
804025da:	cc99                	beqz	s1,804025f8 <sys_lseek+0x3e>
804025dc:	4505                	li	a0,1
804025de:	3be1                	jal	804023b6 <arg_raw>
804025e0:	842a                	mv	s0,a0
804025e2:	4509                	li	a0,2
804025e4:	3bc9                	jal	804023b6 <arg_raw>
804025e6:	85a2                	mv	a1,s0
804025e8:	4422                	lw	s0,8(sp)
804025ea:	40b2                	lw	ra,12(sp)
804025ec:	862a                	mv	a2,a0
804025ee:	8526                	mv	a0,s1
804025f0:	4492                	lw	s1,4(sp)
804025f2:	0141                	add	sp,sp,16
804025f4:	e46fe06f          	j	80400c3a <file_seek>
804025f8:	40b2                	lw	ra,12(sp)
804025fa:	4422                	lw	s0,8(sp)
804025fc:	4492                	lw	s1,4(sp)
804025fe:	555d                	li	a0,-9
80402600:	0141                	add	sp,sp,16
80402602:	8082                	ret

80402604 <sys_unlink>:
80402604:	7175                	add	sp,sp,-144
80402606:	08000613          	li	a2,128
8040260a:	858a                	mv	a1,sp
8040260c:	4501                	li	a0,0
8040260e:	c706                	sw	ra,140(sp)
80402610:	33f5                	jal	804023fc <arg_str>
80402612:	00054563          	bltz	a0,8040261c <sys_unlink+0x18>
80402616:	850a                	mv	a0,sp
80402618:	fd5fd0ef          	jal	804005ec <fs_unlink>
8040261c:	40ba                	lw	ra,140(sp)
8040261e:	6149                	add	sp,sp,144
80402620:	8082                	ret

80402622 <sys_readdir>:
80402622:	7179                	add	sp,sp,-48
80402624:	4501                	li	a0,0
80402626:	d606                	sw	ra,44(sp)
80402628:	d422                	sw	s0,40(sp)
8040262a:	d226                	sw	s1,36(sp)
8040262c:	3369                	jal	804023b6 <arg_raw>
8040262e:	860a                	mv	a2,sp
80402630:	004c                	add	a1,sp,4
80402632:	84cfe0ef          	jal	8040067e <fs_readdir>
80402636:	02054c63          	bltz	a0,8040266e <sys_readdir+0x4c>
8040263a:	0048                	add	a0,sp,4
8040263c:	c8bff0ef          	jal	804022c6 <strlen>
80402640:	842a                	mv	s0,a0
80402642:	4509                	li	a0,2
80402644:	0405                	add	s0,s0,1
80402646:	3b85                	jal	804023b6 <arg_raw>
80402648:	04856163          	bltu	a0,s0,8040268a <sys_readdir+0x68>
8040264c:	e94ff0ef          	jal	80401ce0 <myproc>
80402650:	5144                	lw	s1,36(a0)
80402652:	4505                	li	a0,1
80402654:	d63ff0ef          	jal	804023b6 <arg_raw>
80402658:	85aa                	mv	a1,a0
8040265a:	86a2                	mv	a3,s0
8040265c:	0050                	add	a2,sp,4
8040265e:	8526                	mv	a0,s1
80402660:	0a7000ef          	jal	80402f06 <copyout>
80402664:	02054663          	bltz	a0,80402690 <sys_readdir+0x6e>
80402668:	4502                	lw	a0,0(sp)
8040266a:	00054763          	bltz	a0,80402678 <sys_readdir+0x56>
8040266e:	50b2                	lw	ra,44(sp)
80402670:	5422                	lw	s0,40(sp)
80402672:	5492                	lw	s1,36(sp)
80402674:	6145                	add	sp,sp,48
80402676:	8082                	ret
80402678:	50b2                	lw	ra,44(sp)
8040267a:	5422                	lw	s0,40(sp)
8040267c:	80000537          	lui	a0,0x80000
80402680:	5492                	lw	s1,36(sp)
80402682:	fff54513          	not	a0,a0
80402686:	6145                	add	sp,sp,48
80402688:	8082                	ret
8040268a:	fdc00513          	li	a0,-36
8040268e:	b7c5                	j	8040266e <sys_readdir+0x4c>
80402690:	5549                	li	a0,-14
80402692:	bff1                	j	8040266e <sys_readdir+0x4c>

80402694 <sys_exit>:
80402694:	1141                	add	sp,sp,-16
80402696:	4501                	li	a0,0
80402698:	c606                	sw	ra,12(sp)
8040269a:	d1dff0ef          	jal	804023b6 <arg_raw>
8040269e:	0ff57513          	zext.b	a0,a0
804026a2:	90dff0ef          	jal	80401fae <proc_exit>

804026a6 <sys_getpid>:
804026a6:	1141                	add	sp,sp,-16
804026a8:	c606                	sw	ra,12(sp)
804026aa:	e36ff0ef          	jal	80401ce0 <myproc>
804026ae:	40b2                	lw	ra,12(sp)
804026b0:	4148                	lw	a0,4(a0)
804026b2:	0141                	add	sp,sp,16
804026b4:	8082                	ret

804026b6 <sys_yield>:
804026b6:	1141                	add	sp,sp,-16
804026b8:	c606                	sw	ra,12(sp)
804026ba:	827ff0ef          	jal	80401ee0 <yield>
804026be:	40b2                	lw	ra,12(sp)
804026c0:	4501                	li	a0,0
804026c2:	0141                	add	sp,sp,16
804026c4:	8082                	ret

804026c6 <sys_sleep>:
804026c6:	1141                	add	sp,sp,-16
804026c8:	4501                	li	a0,0
804026ca:	c606                	sw	ra,12(sp)
804026cc:	cebff0ef          	jal	804023b6 <arg_raw>
804026d0:	2cc5                	jal	804029c0 <timer_sleep_ms>
804026d2:	40b2                	lw	ra,12(sp)
804026d4:	4501                	li	a0,0
804026d6:	0141                	add	sp,sp,16
804026d8:	8082                	ret

804026da <sys_uptime>:
804026da:	a45d                	j	80402980 <uptime_ms>

804026dc <sys_sbrk>:
804026dc:	1101                	add	sp,sp,-32
804026de:	ce06                	sw	ra,28(sp)
804026e0:	cc22                	sw	s0,24(sp)
804026e2:	c64e                	sw	s3,12(sp)
804026e4:	c452                	sw	s4,8(sp)
804026e6:	ca26                	sw	s1,20(sp)
804026e8:	c84a                	sw	s2,16(sp)
804026ea:	df6ff0ef          	jal	80401ce0 <myproc>
804026ee:	8a2a                	mv	s4,a0
804026f0:	4501                	li	a0,0
804026f2:	cc5ff0ef          	jal	804023b6 <arg_raw>
804026f6:	842a                	mv	s0,a0
804026f8:	02ca2983          	lw	s3,44(s4)
804026fc:	04a05163          	blez	a0,8040273e <sys_sbrk+0x62>
80402700:	6785                	lui	a5,0x1
80402702:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
80402704:	0bfdf737          	lui	a4,0xbfdf
80402708:	00f98933          	add	s2,s3,a5
8040270c:	76fd                	lui	a3,0xfffff
8040270e:	41370733          	sub	a4,a4,s3
80402712:	00d97933          	and	s2,s2,a3
80402716:	06a76a63          	bltu	a4,a0,8040278a <sys_sbrk+0xae>
8040271a:	00f50633          	add	a2,a0,a5
8040271e:	964e                	add	a2,a2,s3
80402720:	8e75                	and	a2,a2,a3
80402722:	04c96563          	bltu	s2,a2,8040276c <sys_sbrk+0x90>
80402726:	944e                	add	s0,s0,s3
80402728:	028a2623          	sw	s0,44(s4)
8040272c:	854e                	mv	a0,s3
8040272e:	40f2                	lw	ra,28(sp)
80402730:	4462                	lw	s0,24(sp)
80402732:	44d2                	lw	s1,20(sp)
80402734:	4942                	lw	s2,16(sp)
80402736:	49b2                	lw	s3,12(sp)
80402738:	4a22                	lw	s4,8(sp)
8040273a:	6105                	add	sp,sp,32
8040273c:	8082                	ret
8040273e:	d565                	beqz	a0,80402726 <sys_sbrk+0x4a>
80402740:	028a2703          	lw	a4,40(s4)
80402744:	40a007b3          	neg	a5,a0
80402748:	40e98733          	sub	a4,s3,a4
8040274c:	04f76163          	bltu	a4,a5,8040278e <sys_sbrk+0xb2>
80402750:	6605                	lui	a2,0x1
80402752:	167d                	add	a2,a2,-1 # fff <_entry-0x803ff001>
80402754:	00c505b3          	add	a1,a0,a2
80402758:	77fd                	lui	a5,0xfffff
8040275a:	95ce                	add	a1,a1,s3
8040275c:	964e                	add	a2,a2,s3
8040275e:	024a2503          	lw	a0,36(s4)
80402762:	8dfd                	and	a1,a1,a5
80402764:	8e7d                	and	a2,a2,a5
80402766:	8e0d                	sub	a2,a2,a1
80402768:	2ba9                	jal	80402cc2 <uvm_dealloc>
8040276a:	bf75                	j	80402726 <sys_sbrk+0x4a>
8040276c:	024a2503          	lw	a0,36(s4)
80402770:	412604b3          	sub	s1,a2,s2
80402774:	4699                	li	a3,6
80402776:	8626                	mv	a2,s1
80402778:	85ca                	mv	a1,s2
8040277a:	21c9                	jal	80402c3c <uvm_alloc>
8040277c:	fa0555e3          	bgez	a0,80402726 <sys_sbrk+0x4a>
80402780:	024a2503          	lw	a0,36(s4)
80402784:	8626                	mv	a2,s1
80402786:	85ca                	mv	a1,s2
80402788:	2b2d                	jal	80402cc2 <uvm_dealloc>
8040278a:	5551                	li	a0,-12
8040278c:	b74d                	j	8040272e <sys_sbrk+0x52>
8040278e:	5529                	li	a0,-22
80402790:	bf79                	j	8040272e <sys_sbrk+0x52>

80402792 <sys_spawn>:
80402792:	7129                	add	sp,sp,-320
80402794:	08000613          	li	a2,128
80402798:	006c                	add	a1,sp,12
8040279a:	4501                	li	a0,0
8040279c:	12812c23          	sw	s0,312(sp)
804027a0:	12112e23          	sw	ra,316(sp)
804027a4:	12912a23          	sw	s1,308(sp)
804027a8:	13212823          	sw	s2,304(sp)
804027ac:	13312623          	sw	s3,300(sp)
804027b0:	13412423          	sw	s4,296(sp)
804027b4:	13512223          	sw	s5,292(sp)
804027b8:	13612023          	sw	s6,288(sp)
804027bc:	11712e23          	sw	s7,284(sp)
804027c0:	11812c23          	sw	s8,280(sp)
804027c4:	c39ff0ef          	jal	804023fc <arg_str>
804027c8:	842a                	mv	s0,a0
804027ca:	02054863          	bltz	a0,804027fa <sys_spawn+0x68>
804027ce:	864ff0ef          	jal	80401832 <kalloc>
804027d2:	8a2a                	mv	s4,a0
804027d4:	c969                	beqz	a0,804028a6 <sys_spawn+0x114>
804027d6:	4505                	li	a0,1
804027d8:	bdfff0ef          	jal	804023b6 <arg_raw>
804027dc:	e531                	bnez	a0,80402828 <sys_spawn+0x96>
804027de:	007c                	add	a5,sp,12
804027e0:	c73e                	sw	a5,140(sp)
804027e2:	c902                	sw	zero,144(sp)
804027e4:	cfcff0ef          	jal	80401ce0 <myproc>
804027e8:	862a                	mv	a2,a0
804027ea:	016c                	add	a1,sp,140
804027ec:	0068                	add	a0,sp,12
804027ee:	fa5fd0ef          	jal	80400792 <proc_spawn>
804027f2:	842a                	mv	s0,a0
804027f4:	8552                	mv	a0,s4
804027f6:	866ff0ef          	jal	8040185c <kfree>
804027fa:	13c12083          	lw	ra,316(sp)
804027fe:	8522                	mv	a0,s0
80402800:	13812403          	lw	s0,312(sp)
80402804:	13412483          	lw	s1,308(sp)
80402808:	13012903          	lw	s2,304(sp)
8040280c:	12c12983          	lw	s3,300(sp)
80402810:	12812a03          	lw	s4,296(sp)
80402814:	12412a83          	lw	s5,292(sp)
80402818:	12012b03          	lw	s6,288(sp)
8040281c:	11c12b83          	lw	s7,284(sp)
80402820:	11812c03          	lw	s8,280(sp)
80402824:	6131                	add	sp,sp,320
80402826:	8082                	ret
80402828:	4505                	li	a0,1
8040282a:	b8dff0ef          	jal	804023b6 <arg_raw>
8040282e:	8b2a                	mv	s6,a0
80402830:	cb0ff0ef          	jal	80401ce0 <myproc>
80402834:	02452a83          	lw	s5,36(a0) # 80000024 <_entry-0x3fffdc>
80402838:	4481                	li	s1,0
8040283a:	4901                	li	s2,0
8040283c:	08000c13          	li	s8,128
80402840:	6b85                	lui	s7,0x1
80402842:	a831                	j	8040285e <sys_spawn+0xcc>
80402844:	776000ef          	jal	80402fba <copyinstr>
80402848:	0491                	add	s1,s1,4
8040284a:	0178                	add	a4,sp,140
8040284c:	842a                	mv	s0,a0
8040284e:	00150793          	add	a5,a0,1
80402852:	9726                	add	a4,a4,s1
80402854:	04054363          	bltz	a0,8040289a <sys_spawn+0x108>
80402858:	ff372e23          	sw	s3,-4(a4) # bfdeffc <_entry-0x74421004>
8040285c:	993e                	add	s2,s2,a5
8040285e:	002c                	add	a1,sp,8
80402860:	4691                	li	a3,4
80402862:	009b0633          	add	a2,s6,s1
80402866:	8556                	mv	a0,s5
80402868:	23e5                	jal	80402e50 <copyin>
8040286a:	012a09b3          	add	s3,s4,s2
8040286e:	87aa                	mv	a5,a0
80402870:	412b86b3          	sub	a3,s7,s2
80402874:	85ce                	mv	a1,s3
80402876:	8556                	mv	a0,s5
80402878:	0007c863          	bltz	a5,80402888 <sys_spawn+0xf6>
8040287c:	4622                	lw	a2,8(sp)
8040287e:	c619                	beqz	a2,8040288c <sys_spawn+0xfa>
80402880:	fd8492e3          	bne	s1,s8,80402844 <sys_spawn+0xb2>
80402884:	5429                	li	s0,-22
80402886:	b7bd                	j	804027f4 <sys_spawn+0x62>
80402888:	5449                	li	s0,-14
8040288a:	b7ad                	j	804027f4 <sys_spawn+0x62>
8040288c:	11048793          	add	a5,s1,272
80402890:	002784b3          	add	s1,a5,sp
80402894:	f604ae23          	sw	zero,-132(s1)
80402898:	b7b1                	j	804027e4 <sys_spawn+0x52>
8040289a:	fdc00793          	li	a5,-36
8040289e:	f4f51be3          	bne	a0,a5,804027f4 <sys_spawn+0x62>
804028a2:	5429                	li	s0,-22
804028a4:	bf81                	j	804027f4 <sys_spawn+0x62>
804028a6:	5451                	li	s0,-12
804028a8:	bf89                	j	804027fa <sys_spawn+0x68>

804028aa <sys_wait>:
804028aa:	1141                	add	sp,sp,-16
804028ac:	4501                	li	a0,0
804028ae:	c606                	sw	ra,12(sp)
804028b0:	c422                	sw	s0,8(sp)
804028b2:	b05ff0ef          	jal	804023b6 <arg_raw>
804028b6:	842a                	mv	s0,a0
804028b8:	4505                	li	a0,1
804028ba:	afdff0ef          	jal	804023b6 <arg_raw>
804028be:	85aa                	mv	a1,a0
804028c0:	8522                	mv	a0,s0
804028c2:	4422                	lw	s0,8(sp)
804028c4:	40b2                	lw	ra,12(sp)
804028c6:	0141                	add	sp,sp,16
804028c8:	fccff06f          	j	80402094 <proc_wait>

804028cc <timer_init>:
804028cc:	c81027f3          	rdtimeh	a5
804028d0:	c01026f3          	rdtime	a3
804028d4:	c8102773          	rdtimeh	a4
804028d8:	fee79ae3          	bne	a5,a4,804028cc <timer_init>
804028dc:	6561                	lui	a0,0x18
804028de:	6a050513          	add	a0,a0,1696 # 186a0 <_entry-0x803e7960>
804028e2:	9536                	add	a0,a0,a3
804028e4:	00d535b3          	sltu	a1,a0,a3
804028e8:	80428637          	lui	a2,0x80428
804028ec:	80428737          	lui	a4,0x80428
804028f0:	95be                	add	a1,a1,a5
804028f2:	04d62823          	sw	a3,80(a2) # 80428050 <boot_time>
804028f6:	04f62a23          	sw	a5,84(a2)
804028fa:	04a72423          	sw	a0,72(a4) # 80428048 <next_tick>
804028fe:	04b72623          	sw	a1,76(a4)
80402902:	76a0106f          	j	8040406c <arch_set_timer>

80402906 <timer_intr>:
80402906:	1141                	add	sp,sp,-16
80402908:	c606                	sw	ra,12(sp)
8040290a:	c81027f3          	rdtimeh	a5
8040290e:	c01026f3          	rdtime	a3
80402912:	c8102773          	rdtimeh	a4
80402916:	fee79ae3          	bne	a5,a4,8040290a <timer_intr+0x4>
8040291a:	80428837          	lui	a6,0x80428
8040291e:	04882703          	lw	a4,72(a6) # 80428048 <next_tick>
80402922:	6661                	lui	a2,0x18
80402924:	04c82583          	lw	a1,76(a6)
80402928:	6a060613          	add	a2,a2,1696 # 186a0 <_entry-0x803e7960>
8040292c:	963a                	add	a2,a2,a4
8040292e:	00e63733          	sltu	a4,a2,a4
80402932:	972e                	add	a4,a4,a1
80402934:	8532                	mv	a0,a2
80402936:	85ba                	mv	a1,a4
80402938:	00e7ee63          	bltu	a5,a4,80402954 <timer_intr+0x4e>
8040293c:	02f70f63          	beq	a4,a5,8040297a <timer_intr+0x74>
80402940:	6561                	lui	a0,0x18
80402942:	6a050513          	add	a0,a0,1696 # 186a0 <_entry-0x803e7960>
80402946:	9536                	add	a0,a0,a3
80402948:	00d536b3          	sltu	a3,a0,a3
8040294c:	00f685b3          	add	a1,a3,a5
80402950:	862a                	mv	a2,a0
80402952:	872e                	mv	a4,a1
80402954:	04e82623          	sw	a4,76(a6)
80402958:	04c82423          	sw	a2,72(a6)
8040295c:	710010ef          	jal	8040406c <arch_set_timer>
80402960:	804287b7          	lui	a5,0x80428
80402964:	0407a703          	lw	a4,64(a5) # 80428040 <ticks>
80402968:	40b2                	lw	ra,12(sp)
8040296a:	04078513          	add	a0,a5,64
8040296e:	0705                	add	a4,a4,1
80402970:	04e7a023          	sw	a4,64(a5)
80402974:	0141                	add	sp,sp,16
80402976:	dbaff06f          	j	80401f30 <wakeup>
8040297a:	fcc6ede3          	bltu	a3,a2,80402954 <timer_intr+0x4e>
8040297e:	b7c9                	j	80402940 <timer_intr+0x3a>

80402980 <uptime_ms>:
80402980:	1141                	add	sp,sp,-16
80402982:	c606                	sw	ra,12(sp)
80402984:	c81027f3          	rdtimeh	a5
80402988:	c01025f3          	rdtime	a1
8040298c:	c8102773          	rdtimeh	a4
80402990:	fee79ae3          	bne	a5,a4,80402984 <uptime_ms+0x4>
80402994:	80428737          	lui	a4,0x80428
80402998:	05072503          	lw	a0,80(a4) # 80428050 <boot_time>
8040299c:	05472703          	lw	a4,84(a4)
804029a0:	6609                	lui	a2,0x2
804029a2:	40a58533          	sub	a0,a1,a0
804029a6:	00a5b5b3          	sltu	a1,a1,a0
804029aa:	8f99                	sub	a5,a5,a4
804029ac:	71060613          	add	a2,a2,1808 # 2710 <_entry-0x803fd8f0>
804029b0:	4681                	li	a3,0
804029b2:	40b785b3          	sub	a1,a5,a1
804029b6:	576020ef          	jal	80404f2c <__udivdi3>
804029ba:	40b2                	lw	ra,12(sp)
804029bc:	0141                	add	sp,sp,16
804029be:	8082                	ret

804029c0 <timer_sleep_ms>:
804029c0:	1141                	add	sp,sp,-16
804029c2:	c606                	sw	ra,12(sp)
804029c4:	c422                	sw	s0,8(sp)
804029c6:	c226                	sw	s1,4(sp)
804029c8:	c04a                	sw	s2,0(sp)
804029ca:	c8102773          	rdtimeh	a4
804029ce:	c01027f3          	rdtime	a5
804029d2:	c81026f3          	rdtimeh	a3
804029d6:	fed71ae3          	bne	a4,a3,804029ca <timer_sleep_ms+0xa>
804029da:	6689                	lui	a3,0x2
804029dc:	71068693          	add	a3,a3,1808 # 2710 <_entry-0x803fd8f0>
804029e0:	02d50933          	mul	s2,a0,a3
804029e4:	804284b7          	lui	s1,0x80428
804029e8:	02d53533          	mulhu	a0,a0,a3
804029ec:	993e                	add	s2,s2,a5
804029ee:	00f937b3          	sltu	a5,s2,a5
804029f2:	972a                	add	a4,a4,a0
804029f4:	00e78433          	add	s0,a5,a4
804029f8:	c81027f3          	rdtimeh	a5
804029fc:	c01026f3          	rdtime	a3
80402a00:	c8102773          	rdtimeh	a4
80402a04:	fee79ae3          	bne	a5,a4,804029f8 <timer_sleep_ms+0x38>
80402a08:	04048513          	add	a0,s1,64 # 80428040 <ticks>
80402a0c:	0087f563          	bgeu	a5,s0,80402a16 <timer_sleep_ms+0x56>
80402a10:	cecff0ef          	jal	80401efc <sleep_on>
80402a14:	b7d5                	j	804029f8 <timer_sleep_ms+0x38>
80402a16:	00f41463          	bne	s0,a5,80402a1e <timer_sleep_ms+0x5e>
80402a1a:	ff26ebe3          	bltu	a3,s2,80402a10 <timer_sleep_ms+0x50>
80402a1e:	40b2                	lw	ra,12(sp)
80402a20:	4422                	lw	s0,8(sp)
80402a22:	4492                	lw	s1,4(sp)
80402a24:	4902                	lw	s2,0(sp)
80402a26:	0141                	add	sp,sp,16
80402a28:	8082                	ret

80402a2a <user_trap_return>:
80402a2a:	1141                	add	sp,sp,-16
80402a2c:	c606                	sw	ra,12(sp)
80402a2e:	ab2ff0ef          	jal	80401ce0 <myproc>
80402a32:	804287b7          	lui	a5,0x80428
80402a36:	0947a783          	lw	a5,148(a5) # 80428094 <pv_shared_info>
80402a3a:	4705                	li	a4,1
80402a3c:	00e780a3          	sb	a4,1(a5)
80402a40:	5948                	lw	a0,52(a0)
80402a42:	648010ef          	jal	8040408a <arch_user_return>

80402a46 <user_trap>:
80402a46:	1141                	add	sp,sp,-16
80402a48:	c422                	sw	s0,8(sp)
80402a4a:	c606                	sw	ra,12(sp)
80402a4c:	842a                	mv	s0,a0
80402a4e:	a92ff0ef          	jal	80401ce0 <myproc>
80402a52:	08842783          	lw	a5,136(s0)
80402a56:	0607c463          	bltz	a5,80402abe <user_trap+0x78>
80402a5a:	46a1                	li	a3,8
80402a5c:	08042703          	lw	a4,128(s0)
80402a60:	04d78463          	beq	a5,a3,80402aa8 <user_trap+0x62>
80402a64:	46bd                	li	a3,15
80402a66:	4150                	lw	a2,4(a0)
80402a68:	00c50593          	add	a1,a0,12
80402a6c:	04f6e463          	bltu	a3,a5,80402ab4 <user_trap+0x6e>
80402a70:	804066b7          	lui	a3,0x80406
80402a74:	078a                	sll	a5,a5,0x2
80402a76:	52468693          	add	a3,a3,1316 # 80406524 <names.0>
80402a7a:	96be                	add	a3,a3,a5
80402a7c:	4294                	lw	a3,0(a3)
80402a7e:	ca9d                	beqz	a3,80402ab4 <user_trap+0x6e>
80402a80:	08c42783          	lw	a5,140(s0)
80402a84:	80406537          	lui	a0,0x80406
80402a88:	39c50513          	add	a0,a0,924 # 8040639c <syscalls+0x64>
80402a8c:	9b2ff0ef          	jal	80401c3e <kprintf>
80402a90:	08842783          	lw	a5,136(s0)
80402a94:	4709                	li	a4,2
80402a96:	02e78b63          	beq	a5,a4,80402acc <user_trap+0x86>
80402a9a:	470d                	li	a4,3
80402a9c:	02e78b63          	beq	a5,a4,80402ad2 <user_trap+0x8c>
80402aa0:	08b00513          	li	a0,139
80402aa4:	d0aff0ef          	jal	80401fae <proc_exit>
80402aa8:	0711                	add	a4,a4,4
80402aaa:	08e42023          	sw	a4,128(s0)
80402aae:	8d1ff0ef          	jal	8040237e <syscall>
80402ab2:	3fa5                	jal	80402a2a <user_trap_return>
80402ab4:	804066b7          	lui	a3,0x80406
80402ab8:	38468693          	add	a3,a3,900 # 80406384 <syscalls+0x4c>
80402abc:	b7d1                	j	80402a80 <user_trap+0x3a>
80402abe:	853e                	mv	a0,a5
80402ac0:	580010ef          	jal	80404040 <arch_interrupt>
80402ac4:	d57d                	beqz	a0,80402ab2 <user_trap+0x6c>
80402ac6:	c1aff0ef          	jal	80401ee0 <yield>
80402aca:	b7e5                	j	80402ab2 <user_trap+0x6c>
80402acc:	08400513          	li	a0,132
80402ad0:	bfd1                	j	80402aa4 <user_trap+0x5e>
80402ad2:	08500513          	li	a0,133
80402ad6:	b7f9                	j	80402aa4 <user_trap+0x5e>

80402ad8 <kernel_trap>:
80402ad8:	87aa                	mv	a5,a0
80402ada:	08852503          	lw	a0,136(a0)
80402ade:	1141                	add	sp,sp,-16
80402ae0:	c606                	sw	ra,12(sp)
80402ae2:	00055b63          	bgez	a0,80402af8 <kernel_trap+0x20>
80402ae6:	0847a783          	lw	a5,132(a5)
80402aea:	1007f793          	and	a5,a5,256
80402aee:	cf85                	beqz	a5,80402b26 <kernel_trap+0x4e>
80402af0:	40b2                	lw	ra,12(sp)
80402af2:	0141                	add	sp,sp,16
80402af4:	54c0106f          	j	80404040 <arch_interrupt>
80402af8:	473d                	li	a4,15
80402afa:	02a76c63          	bltu	a4,a0,80402b32 <kernel_trap+0x5a>
80402afe:	80406737          	lui	a4,0x80406
80402b02:	00251693          	sll	a3,a0,0x2
80402b06:	52470713          	add	a4,a4,1316 # 80406524 <names.0>
80402b0a:	9736                	add	a4,a4,a3
80402b0c:	430c                	lw	a1,0(a4)
80402b0e:	c195                	beqz	a1,80402b32 <kernel_trap+0x5a>
80402b10:	08c7a703          	lw	a4,140(a5)
80402b14:	0807a683          	lw	a3,128(a5)
80402b18:	862a                	mv	a2,a0
80402b1a:	80406537          	lui	a0,0x80406
80402b1e:	3cc50513          	add	a0,a0,972 # 804063cc <syscalls+0x94>
80402b22:	942ff0ef          	jal	80401c64 <panic>
80402b26:	80406537          	lui	a0,0x80406
80402b2a:	40850513          	add	a0,a0,1032 # 80406408 <syscalls+0xd0>
80402b2e:	936ff0ef          	jal	80401c64 <panic>
80402b32:	804065b7          	lui	a1,0x80406
80402b36:	38458593          	add	a1,a1,900 # 80406384 <syscalls+0x4c>
80402b3a:	bfd9                	j	80402b10 <kernel_trap+0x38>

80402b3c <pt_walk>:
80402b3c:	0165d793          	srl	a5,a1,0x16
80402b40:	1141                	add	sp,sp,-16
80402b42:	078a                	sll	a5,a5,0x2
80402b44:	c04a                	sw	s2,0(sp)
80402b46:	00f50933          	add	s2,a0,a5
80402b4a:	00092503          	lw	a0,0(s2)
80402b4e:	c422                	sw	s0,8(sp)
80402b50:	c606                	sw	ra,12(sp)
80402b52:	c226                	sw	s1,4(sp)
80402b54:	00157793          	and	a5,a0,1
80402b58:	842e                	mv	s0,a1
80402b5a:	c38d                	beqz	a5,80402b7c <pt_walk+0x40>
80402b5c:	00e57793          	and	a5,a0,14
80402b60:	e3b9                	bnez	a5,80402ba6 <pt_walk+0x6a>
80402b62:	8031                	srl	s0,s0,0xc
80402b64:	3ff47413          	and	s0,s0,1023
80402b68:	45c010ef          	jal	80403fc4 <arch_pte_page>
80402b6c:	040a                	sll	s0,s0,0x2
80402b6e:	40b2                	lw	ra,12(sp)
80402b70:	9522                	add	a0,a0,s0
80402b72:	4422                	lw	s0,8(sp)
80402b74:	4492                	lw	s1,4(sp)
80402b76:	4902                	lw	s2,0(sp)
80402b78:	0141                	add	sp,sp,16
80402b7a:	8082                	ret
80402b7c:	c60d                	beqz	a2,80402ba6 <pt_walk+0x6a>
80402b7e:	0ee010ef          	jal	80403c6c <arch_pt_alloc>
80402b82:	84aa                	mv	s1,a0
80402b84:	c10d                	beqz	a0,80402ba6 <pt_walk+0x6a>
80402b86:	8031                	srl	s0,s0,0xc
80402b88:	85aa                	mv	a1,a0
80402b8a:	3ff47413          	and	s0,s0,1023
80402b8e:	854a                	mv	a0,s2
80402b90:	27c010ef          	jal	80403e0c <arch_pt_link>
80402b94:	040a                	sll	s0,s0,0x2
80402b96:	00848533          	add	a0,s1,s0
80402b9a:	40b2                	lw	ra,12(sp)
80402b9c:	4422                	lw	s0,8(sp)
80402b9e:	4492                	lw	s1,4(sp)
80402ba0:	4902                	lw	s2,0(sp)
80402ba2:	0141                	add	sp,sp,16
80402ba4:	8082                	ret
80402ba6:	40b2                	lw	ra,12(sp)
80402ba8:	4422                	lw	s0,8(sp)
80402baa:	4492                	lw	s1,4(sp)
80402bac:	4902                	lw	s2,0(sp)
80402bae:	4501                	li	a0,0
80402bb0:	0141                	add	sp,sp,16
80402bb2:	8082                	ret

80402bb4 <uvm_free>:
80402bb4:	1101                	add	sp,sp,-32
80402bb6:	c05a                	sw	s6,0(sp)
80402bb8:	8b2a                	mv	s6,a0
80402bba:	c84a                	sw	s2,16(sp)
80402bbc:	c452                	sw	s4,8(sp)
80402bbe:	c256                	sw	s5,4(sp)
80402bc0:	ce06                	sw	ra,28(sp)
80402bc2:	cc22                	sw	s0,24(sp)
80402bc4:	ca26                	sw	s1,20(sp)
80402bc6:	c64e                	sw	s3,12(sp)
80402bc8:	892a                	mv	s2,a0
80402bca:	0c0b0a13          	add	s4,s6,192
80402bce:	0f6010ef          	jal	80403cc4 <arch_pt_unpin>
80402bd2:	6a85                	lui	s5,0x1
80402bd4:	a021                	j	80402bdc <uvm_free+0x28>
80402bd6:	0911                	add	s2,s2,4
80402bd8:	03490c63          	beq	s2,s4,80402c10 <uvm_free+0x5c>
80402bdc:	00092503          	lw	a0,0(s2)
80402be0:	00157793          	and	a5,a0,1
80402be4:	dbed                	beqz	a5,80402bd6 <uvm_free+0x22>
80402be6:	3de010ef          	jal	80403fc4 <arch_pte_page>
80402bea:	89aa                	mv	s3,a0
80402bec:	842a                	mv	s0,a0
80402bee:	015984b3          	add	s1,s3,s5
80402bf2:	0d2010ef          	jal	80403cc4 <arch_pt_unpin>
80402bf6:	4008                	lw	a0,0(s0)
80402bf8:	0411                	add	s0,s0,4
80402bfa:	00157793          	and	a5,a0,1
80402bfe:	eb85                	bnez	a5,80402c2e <uvm_free+0x7a>
80402c00:	fe941be3          	bne	s0,s1,80402bf6 <uvm_free+0x42>
80402c04:	854e                	mv	a0,s3
80402c06:	0911                	add	s2,s2,4
80402c08:	186010ef          	jal	80403d8e <arch_pt_free>
80402c0c:	fd4918e3          	bne	s2,s4,80402bdc <uvm_free+0x28>
80402c10:	855a                	mv	a0,s6
80402c12:	17c010ef          	jal	80403d8e <arch_pt_free>
80402c16:	4462                	lw	s0,24(sp)
80402c18:	40f2                	lw	ra,28(sp)
80402c1a:	44d2                	lw	s1,20(sp)
80402c1c:	4942                	lw	s2,16(sp)
80402c1e:	49b2                	lw	s3,12(sp)
80402c20:	4a22                	lw	s4,8(sp)
80402c22:	4a92                	lw	s5,4(sp)
80402c24:	855a                	mv	a0,s6
80402c26:	4b02                	lw	s6,0(sp)
80402c28:	6105                	add	sp,sp,32
80402c2a:	3180106f          	j	80403f42 <arch_pt_commit>
80402c2e:	396010ef          	jal	80403fc4 <arch_pte_page>
80402c32:	c2bfe0ef          	jal	8040185c <kfree>
80402c36:	fc9410e3          	bne	s0,s1,80402bf6 <uvm_free+0x42>
80402c3a:	b7e9                	j	80402c04 <uvm_free+0x50>

80402c3c <uvm_alloc>:
80402c3c:	1101                	add	sp,sp,-32
80402c3e:	c84a                	sw	s2,16(sp)
80402c40:	c64e                	sw	s3,12(sp)
80402c42:	ce06                	sw	ra,28(sp)
80402c44:	cc22                	sw	s0,24(sp)
80402c46:	ca26                	sw	s1,20(sp)
80402c48:	c452                	sw	s4,8(sp)
80402c4a:	c256                	sw	s5,4(sp)
80402c4c:	c05a                	sw	s6,0(sp)
80402c4e:	00c589b3          	add	s3,a1,a2
80402c52:	892a                	mv	s2,a0
80402c54:	0535f663          	bgeu	a1,s3,80402ca0 <uvm_alloc+0x64>
80402c58:	84ae                	mv	s1,a1
80402c5a:	8b36                	mv	s6,a3
80402c5c:	0d16ea93          	or	s5,a3,209
80402c60:	6a05                	lui	s4,0x1
80402c62:	a831                	j	80402c7e <uvm_alloc+0x42>
80402c64:	bcffe0ef          	jal	80401832 <kalloc>
80402c68:	85d6                	mv	a1,s5
80402c6a:	cd0d                	beqz	a0,80402ca4 <uvm_alloc+0x68>
80402c6c:	31a010ef          	jal	80403f86 <arch_pte_leaf>
80402c70:	85aa                	mv	a1,a0
80402c72:	94d2                	add	s1,s1,s4
80402c74:	8522                	mv	a0,s0
80402c76:	244010ef          	jal	80403eba <arch_pt_set>
80402c7a:	0334f363          	bgeu	s1,s3,80402ca0 <uvm_alloc+0x64>
80402c7e:	4605                	li	a2,1
80402c80:	85a6                	mv	a1,s1
80402c82:	854a                	mv	a0,s2
80402c84:	3d65                	jal	80402b3c <pt_walk>
80402c86:	842a                	mv	s0,a0
80402c88:	cd11                	beqz	a0,80402ca4 <uvm_alloc+0x68>
80402c8a:	410c                	lw	a1,0(a0)
80402c8c:	0015f793          	and	a5,a1,1
80402c90:	dbf1                	beqz	a5,80402c64 <uvm_alloc+0x28>
80402c92:	0165e5b3          	or	a1,a1,s6
80402c96:	94d2                	add	s1,s1,s4
80402c98:	222010ef          	jal	80403eba <arch_pt_set>
80402c9c:	ff34e1e3          	bltu	s1,s3,80402c7e <uvm_alloc+0x42>
80402ca0:	4401                	li	s0,0
80402ca2:	a011                	j	80402ca6 <uvm_alloc+0x6a>
80402ca4:	5451                	li	s0,-12
80402ca6:	854a                	mv	a0,s2
80402ca8:	29a010ef          	jal	80403f42 <arch_pt_commit>
80402cac:	40f2                	lw	ra,28(sp)
80402cae:	8522                	mv	a0,s0
80402cb0:	4462                	lw	s0,24(sp)
80402cb2:	44d2                	lw	s1,20(sp)
80402cb4:	4942                	lw	s2,16(sp)
80402cb6:	49b2                	lw	s3,12(sp)
80402cb8:	4a22                	lw	s4,8(sp)
80402cba:	4a92                	lw	s5,4(sp)
80402cbc:	4b02                	lw	s6,0(sp)
80402cbe:	6105                	add	sp,sp,32
80402cc0:	8082                	ret

80402cc2 <uvm_dealloc>:
80402cc2:	7169                	add	sp,sp,-304
80402cc4:	11512a23          	sw	s5,276(sp)
80402cc8:	12112623          	sw	ra,300(sp)
80402ccc:	12812423          	sw	s0,296(sp)
80402cd0:	12912223          	sw	s1,292(sp)
80402cd4:	13212023          	sw	s2,288(sp)
80402cd8:	11312e23          	sw	s3,284(sp)
80402cdc:	11412c23          	sw	s4,280(sp)
80402ce0:	11612823          	sw	s6,272(sp)
80402ce4:	11712623          	sw	s7,268(sp)
80402ce8:	00c58ab3          	add	s5,a1,a2
80402cec:	0d55f863          	bgeu	a1,s5,80402dbc <uvm_dealloc+0xfa>
80402cf0:	84ae                	mv	s1,a1
80402cf2:	8a2a                	mv	s4,a0
80402cf4:	4901                	li	s2,0
80402cf6:	04000b93          	li	s7,64
80402cfa:	10010993          	add	s3,sp,256
80402cfe:	6b05                	lui	s6,0x1
80402d00:	a021                	j	80402d08 <uvm_dealloc+0x46>
80402d02:	94da                	add	s1,s1,s6
80402d04:	0754fa63          	bgeu	s1,s5,80402d78 <uvm_dealloc+0xb6>
80402d08:	0164d793          	srl	a5,s1,0x16
80402d0c:	078a                	sll	a5,a5,0x2
80402d0e:	97d2                	add	a5,a5,s4
80402d10:	4388                	lw	a0,0(a5)
80402d12:	00157793          	and	a5,a0,1
80402d16:	d7f5                	beqz	a5,80402d02 <uvm_dealloc+0x40>
80402d18:	00e57793          	and	a5,a0,14
80402d1c:	f3fd                	bnez	a5,80402d02 <uvm_dealloc+0x40>
80402d1e:	2a6010ef          	jal	80403fc4 <arch_pte_page>
80402d22:	00c4d793          	srl	a5,s1,0xc
80402d26:	3ff7f793          	and	a5,a5,1023
80402d2a:	078a                	sll	a5,a5,0x2
80402d2c:	00f50433          	add	s0,a0,a5
80402d30:	d869                	beqz	s0,80402d02 <uvm_dealloc+0x40>
80402d32:	4008                	lw	a0,0(s0)
80402d34:	00157793          	and	a5,a0,1
80402d38:	d7e9                	beqz	a5,80402d02 <uvm_dealloc+0x40>
80402d3a:	28a010ef          	jal	80403fc4 <arch_pte_page>
80402d3e:	00291793          	sll	a5,s2,0x2
80402d42:	10078793          	add	a5,a5,256
80402d46:	872a                	mv	a4,a0
80402d48:	0905                	add	s2,s2,1
80402d4a:	978a                	add	a5,a5,sp
80402d4c:	4581                	li	a1,0
80402d4e:	8522                	mv	a0,s0
80402d50:	f0e7a023          	sw	a4,-256(a5)
80402d54:	166010ef          	jal	80403eba <arch_pt_set>
80402d58:	fb7915e3          	bne	s2,s7,80402d02 <uvm_dealloc+0x40>
80402d5c:	8552                	mv	a0,s4
80402d5e:	1e4010ef          	jal	80403f42 <arch_pt_commit>
80402d62:	840a                	mv	s0,sp
80402d64:	4008                	lw	a0,0(s0)
80402d66:	0411                	add	s0,s0,4
80402d68:	af5fe0ef          	jal	8040185c <kfree>
80402d6c:	ff341ce3          	bne	s0,s3,80402d64 <uvm_dealloc+0xa2>
80402d70:	94da                	add	s1,s1,s6
80402d72:	4901                	li	s2,0
80402d74:	f954eae3          	bltu	s1,s5,80402d08 <uvm_dealloc+0x46>
80402d78:	8552                	mv	a0,s4
80402d7a:	1c8010ef          	jal	80403f42 <arch_pt_commit>
80402d7e:	00090b63          	beqz	s2,80402d94 <uvm_dealloc+0xd2>
80402d82:	848a                	mv	s1,sp
80402d84:	4401                	li	s0,0
80402d86:	4088                	lw	a0,0(s1)
80402d88:	0405                	add	s0,s0,1
80402d8a:	0491                	add	s1,s1,4
80402d8c:	ad1fe0ef          	jal	8040185c <kfree>
80402d90:	fe891be3          	bne	s2,s0,80402d86 <uvm_dealloc+0xc4>
80402d94:	12c12083          	lw	ra,300(sp)
80402d98:	12812403          	lw	s0,296(sp)
80402d9c:	12412483          	lw	s1,292(sp)
80402da0:	12012903          	lw	s2,288(sp)
80402da4:	11c12983          	lw	s3,284(sp)
80402da8:	11812a03          	lw	s4,280(sp)
80402dac:	11412a83          	lw	s5,276(sp)
80402db0:	11012b03          	lw	s6,272(sp)
80402db4:	10c12b83          	lw	s7,268(sp)
80402db8:	6155                	add	sp,sp,304
80402dba:	8082                	ret
80402dbc:	12812403          	lw	s0,296(sp)
80402dc0:	12c12083          	lw	ra,300(sp)
80402dc4:	12412483          	lw	s1,292(sp)
80402dc8:	12012903          	lw	s2,288(sp)
80402dcc:	11c12983          	lw	s3,284(sp)
80402dd0:	11812a03          	lw	s4,280(sp)
80402dd4:	11412a83          	lw	s5,276(sp)
80402dd8:	11012b03          	lw	s6,272(sp)
80402ddc:	10c12b83          	lw	s7,268(sp)
80402de0:	6155                	add	sp,sp,304
80402de2:	1600106f          	j	80403f42 <arch_pt_commit>

80402de6 <uvm_kva>:
80402de6:	0c0007b7          	lui	a5,0xc000
80402dea:	00f5e463          	bltu	a1,a5,80402df2 <uvm_kva+0xc>
80402dee:	4501                	li	a0,0
80402df0:	8082                	ret
80402df2:	0165d793          	srl	a5,a1,0x16
80402df6:	078a                	sll	a5,a5,0x2
80402df8:	953e                	add	a0,a0,a5
80402dfa:	4108                	lw	a0,0(a0)
80402dfc:	1101                	add	sp,sp,-32
80402dfe:	cc22                	sw	s0,24(sp)
80402e00:	ce06                	sw	ra,28(sp)
80402e02:	c632                	sw	a2,12(sp)
80402e04:	00157793          	and	a5,a0,1
80402e08:	842e                	mv	s0,a1
80402e0a:	cf95                	beqz	a5,80402e46 <uvm_kva+0x60>
80402e0c:	00e57793          	and	a5,a0,14
80402e10:	eb9d                	bnez	a5,80402e46 <uvm_kva+0x60>
80402e12:	1b2010ef          	jal	80403fc4 <arch_pte_page>
80402e16:	00c45793          	srl	a5,s0,0xc
80402e1a:	4632                	lw	a2,12(sp)
80402e1c:	3ff7f793          	and	a5,a5,1023
80402e20:	078a                	sll	a5,a5,0x2
80402e22:	953e                	add	a0,a0,a5
80402e24:	01166613          	or	a2,a2,17
80402e28:	cd19                	beqz	a0,80402e46 <uvm_kva+0x60>
80402e2a:	4108                	lw	a0,0(a0)
80402e2c:	00c577b3          	and	a5,a0,a2
80402e30:	00c79b63          	bne	a5,a2,80402e46 <uvm_kva+0x60>
80402e34:	0452                	sll	s0,s0,0x14
80402e36:	18e010ef          	jal	80403fc4 <arch_pte_page>
80402e3a:	8051                	srl	s0,s0,0x14
80402e3c:	40f2                	lw	ra,28(sp)
80402e3e:	8d41                	or	a0,a0,s0
80402e40:	4462                	lw	s0,24(sp)
80402e42:	6105                	add	sp,sp,32
80402e44:	8082                	ret
80402e46:	40f2                	lw	ra,28(sp)
80402e48:	4462                	lw	s0,24(sp)
80402e4a:	4501                	li	a0,0
80402e4c:	6105                	add	sp,sp,32
80402e4e:	8082                	ret

80402e50 <copyin>:
80402e50:	cacd                	beqz	a3,80402f02 <copyin+0xb2>
80402e52:	7179                	add	sp,sp,-48
80402e54:	d04a                	sw	s2,32(sp)
80402e56:	d606                	sw	ra,44(sp)
80402e58:	d422                	sw	s0,40(sp)
80402e5a:	d226                	sw	s1,36(sp)
80402e5c:	ce4e                	sw	s3,28(sp)
80402e5e:	cc52                	sw	s4,24(sp)
80402e60:	ca56                	sw	s5,20(sp)
80402e62:	c85a                	sw	s6,16(sp)
80402e64:	c65e                	sw	s7,12(sp)
80402e66:	c462                	sw	s8,8(sp)
80402e68:	0c0007b7          	lui	a5,0xc000
80402e6c:	8932                	mv	s2,a2
80402e6e:	00f66f63          	bltu	a2,a5,80402e8c <copyin+0x3c>
80402e72:	5549                	li	a0,-14
80402e74:	50b2                	lw	ra,44(sp)
80402e76:	5422                	lw	s0,40(sp)
80402e78:	5492                	lw	s1,36(sp)
80402e7a:	5902                	lw	s2,32(sp)
80402e7c:	49f2                	lw	s3,28(sp)
80402e7e:	4a62                	lw	s4,24(sp)
80402e80:	4ad2                	lw	s5,20(sp)
80402e82:	4b42                	lw	s6,16(sp)
80402e84:	4bb2                	lw	s7,12(sp)
80402e86:	4c22                	lw	s8,8(sp)
80402e88:	6145                	add	sp,sp,48
80402e8a:	8082                	ret
80402e8c:	6b85                	lui	s7,0x1
80402e8e:	84b6                	mv	s1,a3
80402e90:	8aaa                	mv	s5,a0
80402e92:	89ae                	mv	s3,a1
80402e94:	4b4d                	li	s6,19
80402e96:	fffb8c13          	add	s8,s7,-1 # fff <_entry-0x803ff001>
80402e9a:	0c000a37          	lui	s4,0xc000
80402e9e:	01695793          	srl	a5,s2,0x16
80402ea2:	078a                	sll	a5,a5,0x2
80402ea4:	97d6                	add	a5,a5,s5
80402ea6:	4388                	lw	a0,0(a5)
80402ea8:	00157793          	and	a5,a0,1
80402eac:	00e57713          	and	a4,a0,14
80402eb0:	d3e9                	beqz	a5,80402e72 <copyin+0x22>
80402eb2:	f361                	bnez	a4,80402e72 <copyin+0x22>
80402eb4:	110010ef          	jal	80403fc4 <arch_pte_page>
80402eb8:	00c95793          	srl	a5,s2,0xc
80402ebc:	3ff7f793          	and	a5,a5,1023
80402ec0:	078a                	sll	a5,a5,0x2
80402ec2:	953e                	add	a0,a0,a5
80402ec4:	d55d                	beqz	a0,80402e72 <copyin+0x22>
80402ec6:	4108                	lw	a0,0(a0)
80402ec8:	01357793          	and	a5,a0,19
80402ecc:	fb6793e3          	bne	a5,s6,80402e72 <copyin+0x22>
80402ed0:	0f4010ef          	jal	80403fc4 <arch_pte_page>
80402ed4:	01897433          	and	s0,s2,s8
80402ed8:	008565b3          	or	a1,a0,s0
80402edc:	854e                	mv	a0,s3
80402ede:	408b8433          	sub	s0,s7,s0
80402ee2:	d9c1                	beqz	a1,80402e72 <copyin+0x22>
80402ee4:	0084f363          	bgeu	s1,s0,80402eea <copyin+0x9a>
80402ee8:	8426                	mv	s0,s1
80402eea:	8622                	mv	a2,s0
80402eec:	8c81                	sub	s1,s1,s0
80402eee:	b78ff0ef          	jal	80402266 <memcpy>
80402ef2:	9922                	add	s2,s2,s0
80402ef4:	99a2                	add	s3,s3,s0
80402ef6:	c481                	beqz	s1,80402efe <copyin+0xae>
80402ef8:	f7497de3          	bgeu	s2,s4,80402e72 <copyin+0x22>
80402efc:	b74d                	j	80402e9e <copyin+0x4e>
80402efe:	4501                	li	a0,0
80402f00:	bf95                	j	80402e74 <copyin+0x24>
80402f02:	4501                	li	a0,0
80402f04:	8082                	ret

80402f06 <copyout>:
80402f06:	cac5                	beqz	a3,80402fb6 <copyout+0xb0>
80402f08:	7179                	add	sp,sp,-48
80402f0a:	d04a                	sw	s2,32(sp)
80402f0c:	d606                	sw	ra,44(sp)
80402f0e:	d422                	sw	s0,40(sp)
80402f10:	d226                	sw	s1,36(sp)
80402f12:	ce4e                	sw	s3,28(sp)
80402f14:	cc52                	sw	s4,24(sp)
80402f16:	ca56                	sw	s5,20(sp)
80402f18:	c85a                	sw	s6,16(sp)
80402f1a:	c65e                	sw	s7,12(sp)
80402f1c:	c462                	sw	s8,8(sp)
80402f1e:	0c0007b7          	lui	a5,0xc000
80402f22:	892e                	mv	s2,a1
80402f24:	00f5ef63          	bltu	a1,a5,80402f42 <copyout+0x3c>
80402f28:	5549                	li	a0,-14
80402f2a:	50b2                	lw	ra,44(sp)
80402f2c:	5422                	lw	s0,40(sp)
80402f2e:	5492                	lw	s1,36(sp)
80402f30:	5902                	lw	s2,32(sp)
80402f32:	49f2                	lw	s3,28(sp)
80402f34:	4a62                	lw	s4,24(sp)
80402f36:	4ad2                	lw	s5,20(sp)
80402f38:	4b42                	lw	s6,16(sp)
80402f3a:	4bb2                	lw	s7,12(sp)
80402f3c:	4c22                	lw	s8,8(sp)
80402f3e:	6145                	add	sp,sp,48
80402f40:	8082                	ret
80402f42:	6b85                	lui	s7,0x1
80402f44:	84b6                	mv	s1,a3
80402f46:	8aaa                	mv	s5,a0
80402f48:	89b2                	mv	s3,a2
80402f4a:	4b55                	li	s6,21
80402f4c:	fffb8c13          	add	s8,s7,-1 # fff <_entry-0x803ff001>
80402f50:	0c000a37          	lui	s4,0xc000
80402f54:	01695793          	srl	a5,s2,0x16
80402f58:	078a                	sll	a5,a5,0x2
80402f5a:	97d6                	add	a5,a5,s5
80402f5c:	4388                	lw	a0,0(a5)
80402f5e:	00157793          	and	a5,a0,1
80402f62:	00e57713          	and	a4,a0,14
80402f66:	d3e9                	beqz	a5,80402f28 <copyout+0x22>
80402f68:	f361                	bnez	a4,80402f28 <copyout+0x22>
80402f6a:	05a010ef          	jal	80403fc4 <arch_pte_page>
80402f6e:	00c95793          	srl	a5,s2,0xc
80402f72:	3ff7f793          	and	a5,a5,1023
80402f76:	078a                	sll	a5,a5,0x2
80402f78:	953e                	add	a0,a0,a5
80402f7a:	d55d                	beqz	a0,80402f28 <copyout+0x22>
80402f7c:	4108                	lw	a0,0(a0)
80402f7e:	01557793          	and	a5,a0,21
80402f82:	fb6793e3          	bne	a5,s6,80402f28 <copyout+0x22>
80402f86:	03e010ef          	jal	80403fc4 <arch_pte_page>
80402f8a:	01897433          	and	s0,s2,s8
80402f8e:	8d41                	or	a0,a0,s0
80402f90:	85ce                	mv	a1,s3
80402f92:	408b8433          	sub	s0,s7,s0
80402f96:	d949                	beqz	a0,80402f28 <copyout+0x22>
80402f98:	0084f363          	bgeu	s1,s0,80402f9e <copyout+0x98>
80402f9c:	8426                	mv	s0,s1
80402f9e:	8622                	mv	a2,s0
80402fa0:	8c81                	sub	s1,s1,s0
80402fa2:	ac4ff0ef          	jal	80402266 <memcpy>
80402fa6:	9922                	add	s2,s2,s0
80402fa8:	99a2                	add	s3,s3,s0
80402faa:	c481                	beqz	s1,80402fb2 <copyout+0xac>
80402fac:	f7497ee3          	bgeu	s2,s4,80402f28 <copyout+0x22>
80402fb0:	b755                	j	80402f54 <copyout+0x4e>
80402fb2:	4501                	li	a0,0
80402fb4:	bf9d                	j	80402f2a <copyout+0x24>
80402fb6:	4501                	li	a0,0
80402fb8:	8082                	ret

80402fba <copyinstr>:
80402fba:	cadd                	beqz	a3,80403070 <copyinstr+0xb6>
80402fbc:	7179                	add	sp,sp,-48
80402fbe:	c85a                	sw	s6,16(sp)
80402fc0:	c65e                	sw	s7,12(sp)
80402fc2:	d606                	sw	ra,44(sp)
80402fc4:	d422                	sw	s0,40(sp)
80402fc6:	d226                	sw	s1,36(sp)
80402fc8:	d04a                	sw	s2,32(sp)
80402fca:	ce4e                	sw	s3,28(sp)
80402fcc:	cc52                	sw	s4,24(sp)
80402fce:	ca56                	sw	s5,20(sp)
80402fd0:	c462                	sw	s8,8(sp)
80402fd2:	0c000b37          	lui	s6,0xc000
80402fd6:	8bb2                	mv	s7,a2
80402fd8:	01666f63          	bltu	a2,s6,80402ff6 <copyinstr+0x3c>
80402fdc:	5549                	li	a0,-14
80402fde:	50b2                	lw	ra,44(sp)
80402fe0:	5422                	lw	s0,40(sp)
80402fe2:	5492                	lw	s1,36(sp)
80402fe4:	5902                	lw	s2,32(sp)
80402fe6:	49f2                	lw	s3,28(sp)
80402fe8:	4a62                	lw	s4,24(sp)
80402fea:	4ad2                	lw	s5,20(sp)
80402fec:	4b42                	lw	s6,16(sp)
80402fee:	4bb2                	lw	s7,12(sp)
80402ff0:	4c22                	lw	s8,8(sp)
80402ff2:	6145                	add	sp,sp,48
80402ff4:	8082                	ret
80402ff6:	6a05                	lui	s4,0x1
80402ff8:	8ab6                	mv	s5,a3
80402ffa:	8c2a                	mv	s8,a0
80402ffc:	892e                	mv	s2,a1
80402ffe:	40cb0b33          	sub	s6,s6,a2
80403002:	4401                	li	s0,0
80403004:	49cd                	li	s3,19
80403006:	1a7d                	add	s4,s4,-1 # fff <_entry-0x803ff001>
80403008:	008b84b3          	add	s1,s7,s0
8040300c:	0164d793          	srl	a5,s1,0x16
80403010:	078a                	sll	a5,a5,0x2
80403012:	97e2                	add	a5,a5,s8
80403014:	4388                	lw	a0,0(a5)
80403016:	00157793          	and	a5,a0,1
8040301a:	00e57713          	and	a4,a0,14
8040301e:	dfdd                	beqz	a5,80402fdc <copyinstr+0x22>
80403020:	ff55                	bnez	a4,80402fdc <copyinstr+0x22>
80403022:	7a3000ef          	jal	80403fc4 <arch_pte_page>
80403026:	00c4d793          	srl	a5,s1,0xc
8040302a:	3ff7f793          	and	a5,a5,1023
8040302e:	078a                	sll	a5,a5,0x2
80403030:	97aa                	add	a5,a5,a0
80403032:	d7cd                	beqz	a5,80402fdc <copyinstr+0x22>
80403034:	4388                	lw	a0,0(a5)
80403036:	01357793          	and	a5,a0,19
8040303a:	fb3791e3          	bne	a5,s3,80402fdc <copyinstr+0x22>
8040303e:	787000ef          	jal	80403fc4 <arch_pte_page>
80403042:	0144f4b3          	and	s1,s1,s4
80403046:	009567b3          	or	a5,a0,s1
8040304a:	00890733          	add	a4,s2,s0
8040304e:	d7d9                	beqz	a5,80402fdc <copyinstr+0x22>
80403050:	0007c783          	lbu	a5,0(a5) # c000000 <_entry-0x74400000>
80403054:	00f70023          	sb	a5,0(a4)
80403058:	cb91                	beqz	a5,8040306c <copyinstr+0xb2>
8040305a:	0405                	add	s0,s0,1
8040305c:	008a8563          	beq	s5,s0,80403066 <copyinstr+0xac>
80403060:	f7640ee3          	beq	s0,s6,80402fdc <copyinstr+0x22>
80403064:	b755                	j	80403008 <copyinstr+0x4e>
80403066:	fdc00513          	li	a0,-36
8040306a:	bf95                	j	80402fde <copyinstr+0x24>
8040306c:	8522                	mv	a0,s0
8040306e:	bf85                	j	80402fde <copyinstr+0x24>
80403070:	fdc00513          	li	a0,-36
80403074:	8082                	ret

80403076 <either_copyin>:
80403076:	1141                	add	sp,sp,-16
80403078:	c422                	sw	s0,8(sp)
8040307a:	c226                	sw	s1,4(sp)
8040307c:	c04a                	sw	s2,0(sp)
8040307e:	c606                	sw	ra,12(sp)
80403080:	842e                	mv	s0,a1
80403082:	84b2                	mv	s1,a2
80403084:	8936                	mv	s2,a3
80403086:	ed09                	bnez	a0,804030a0 <either_copyin+0x2a>
80403088:	85a6                	mv	a1,s1
8040308a:	8522                	mv	a0,s0
8040308c:	8636                	mv	a2,a3
8040308e:	9d8ff0ef          	jal	80402266 <memcpy>
80403092:	40b2                	lw	ra,12(sp)
80403094:	4422                	lw	s0,8(sp)
80403096:	4492                	lw	s1,4(sp)
80403098:	4902                	lw	s2,0(sp)
8040309a:	4501                	li	a0,0
8040309c:	0141                	add	sp,sp,16
8040309e:	8082                	ret
804030a0:	c41fe0ef          	jal	80401ce0 <myproc>
804030a4:	85a2                	mv	a1,s0
804030a6:	4422                	lw	s0,8(sp)
804030a8:	40b2                	lw	ra,12(sp)
804030aa:	5148                	lw	a0,36(a0)
804030ac:	86ca                	mv	a3,s2
804030ae:	8626                	mv	a2,s1
804030b0:	4902                	lw	s2,0(sp)
804030b2:	4492                	lw	s1,4(sp)
804030b4:	0141                	add	sp,sp,16
804030b6:	d9bff06f          	j	80402e50 <copyin>

804030ba <either_copyout>:
804030ba:	1141                	add	sp,sp,-16
804030bc:	c422                	sw	s0,8(sp)
804030be:	c226                	sw	s1,4(sp)
804030c0:	c04a                	sw	s2,0(sp)
804030c2:	c606                	sw	ra,12(sp)
804030c4:	842e                	mv	s0,a1
804030c6:	84b2                	mv	s1,a2
804030c8:	8936                	mv	s2,a3
804030ca:	ed09                	bnez	a0,804030e4 <either_copyout+0x2a>
804030cc:	85a6                	mv	a1,s1
804030ce:	8522                	mv	a0,s0
804030d0:	8636                	mv	a2,a3
804030d2:	994ff0ef          	jal	80402266 <memcpy>
804030d6:	40b2                	lw	ra,12(sp)
804030d8:	4422                	lw	s0,8(sp)
804030da:	4492                	lw	s1,4(sp)
804030dc:	4902                	lw	s2,0(sp)
804030de:	4501                	li	a0,0
804030e0:	0141                	add	sp,sp,16
804030e2:	8082                	ret
804030e4:	bfdfe0ef          	jal	80401ce0 <myproc>
804030e8:	85a2                	mv	a1,s0
804030ea:	4422                	lw	s0,8(sp)
804030ec:	40b2                	lw	ra,12(sp)
804030ee:	5148                	lw	a0,36(a0)
804030f0:	86ca                	mv	a3,s2
804030f2:	8626                	mv	a2,s1
804030f4:	4902                	lw	s2,0(sp)
804030f6:	4492                	lw	s1,4(sp)
804030f8:	0141                	add	sp,sp,16
804030fa:	e0dff06f          	j	80402f06 <copyout>

804030fe <pv_disk_init>:
804030fe:	7175                	add	sp,sp,-144
80403100:	006c                	add	a1,sp,12
80403102:	dcd2                	sw	s4,120(sp)
80403104:	c706                	sw	ra,140(sp)
80403106:	c522                	sw	s0,136(sp)
80403108:	c326                	sw	s1,132(sp)
8040310a:	c14a                	sw	s2,128(sp)
8040310c:	dece                	sw	s3,124(sp)
8040310e:	8a2a                	mv	s4,a0
80403110:	2f6010ef          	jal	80404406 <blkfront_probe>
80403114:	57f9                	li	a5,-2
80403116:	06f50963          	beq	a0,a5,80403188 <pv_disk_init+0x8a>
8040311a:	08054663          	bltz	a0,804031a6 <pv_disk_init+0xa8>
8040311e:	f14fe0ef          	jal	80401832 <kalloc>
80403122:	0820                	add	s0,sp,24
80403124:	c82a                	sw	a0,16(sp)
80403126:	00a03933          	snez	s2,a0
8040312a:	04410993          	add	s3,sp,68
8040312e:	84a2                	mv	s1,s0
80403130:	f02fe0ef          	jal	80401832 <kalloc>
80403134:	c088                	sw	a0,0(s1)
80403136:	00a03533          	snez	a0,a0
8040313a:	0491                	add	s1,s1,4
8040313c:	00a97933          	and	s2,s2,a0
80403140:	ff3498e3          	bne	s1,s3,80403130 <pv_disk_init+0x32>
80403144:	04090b63          	beqz	s2,8040319a <pv_disk_init+0x9c>
80403148:	4542                	lw	a0,16(sp)
8040314a:	2595                	jal	804037ae <virt_to_mfn>
8040314c:	ca2a                	sw	a0,20(sp)
8040314e:	4008                	lw	a0,0(s0)
80403150:	0411                	add	s0,s0,4
80403152:	2db1                	jal	804037ae <virt_to_mfn>
80403154:	d408                	sw	a0,40(s0)
80403156:	ff341ce3          	bne	s0,s3,8040314e <pv_disk_init+0x50>
8040315a:	804046b7          	lui	a3,0x80404
8040315e:	804f3537          	lui	a0,0x804f3
80403162:	7a068693          	add	a3,a3,1952 # 804047a0 <pv_block>
80403166:	0810                	add	a2,sp,16
80403168:	85d2                	mv	a1,s4
8040316a:	53050513          	add	a0,a0,1328 # 804f3530 <bf>
8040316e:	2a6010ef          	jal	80404414 <blkfront_connect>
80403172:	00054d63          	bltz	a0,8040318c <pv_disk_init+0x8e>
80403176:	40ba                	lw	ra,140(sp)
80403178:	442a                	lw	s0,136(sp)
8040317a:	449a                	lw	s1,132(sp)
8040317c:	59f6                	lw	s3,124(sp)
8040317e:	5a66                	lw	s4,120(sp)
80403180:	854a                	mv	a0,s2
80403182:	490a                	lw	s2,128(sp)
80403184:	6149                	add	sp,sp,144
80403186:	8082                	ret
80403188:	4901                	li	s2,0
8040318a:	b7f5                	j	80403176 <pv_disk_init+0x78>
8040318c:	85aa                	mv	a1,a0
8040318e:	80406537          	lui	a0,0x80406
80403192:	5c050513          	add	a0,a0,1472 # 804065c0 <names.0+0x9c>
80403196:	acffe0ef          	jal	80401c64 <panic>
8040319a:	80406537          	lui	a0,0x80406
8040319e:	5a450513          	add	a0,a0,1444 # 804065a4 <names.0+0x80>
804031a2:	ac3fe0ef          	jal	80401c64 <panic>
804031a6:	862a                	mv	a2,a0
804031a8:	804065b7          	lui	a1,0x80406
804031ac:	80406537          	lui	a0,0x80406
804031b0:	56458593          	add	a1,a1,1380 # 80406564 <names.0+0x40>
804031b4:	57c50513          	add	a0,a0,1404 # 8040657c <names.0+0x58>
804031b8:	aadfe0ef          	jal	80401c64 <panic>

804031bc <disk_capacity>:
804031bc:	804f37b7          	lui	a5,0x804f3
804031c0:	54c7a503          	lw	a0,1356(a5) # 804f354c <bf+0x1c>
804031c4:	8082                	ret

804031c6 <disk_read>:
804031c6:	1141                	add	sp,sp,-16
804031c8:	c422                	sw	s0,8(sp)
804031ca:	c226                	sw	s1,4(sp)
804031cc:	c606                	sw	ra,12(sp)
804031ce:	842e                	mv	s0,a1
804031d0:	84aa                	mv	s1,a0
804031d2:	c985                	beqz	a1,80403202 <disk_read+0x3c>
804031d4:	804f3537          	lui	a0,0x804f3
804031d8:	53050793          	add	a5,a0,1328 # 804f3530 <bf>
804031dc:	4fdc                	lw	a5,28(a5)
804031de:	0297e263          	bltu	a5,s1,80403202 <disk_read+0x3c>
804031e2:	8f85                	sub	a5,a5,s1
804031e4:	00b7ef63          	bltu	a5,a1,80403202 <disk_read+0x3c>
804031e8:	86b2                	mv	a3,a2
804031ea:	53050513          	add	a0,a0,1328
804031ee:	862e                	mv	a2,a1
804031f0:	85a6                	mv	a1,s1
804031f2:	35e010ef          	jal	80404550 <blkfront_read>
804031f6:	ed11                	bnez	a0,80403212 <disk_read+0x4c>
804031f8:	40b2                	lw	ra,12(sp)
804031fa:	4422                	lw	s0,8(sp)
804031fc:	4492                	lw	s1,4(sp)
804031fe:	0141                	add	sp,sp,16
80403200:	8082                	ret
80403202:	80406537          	lui	a0,0x80406
80403206:	8622                	mv	a2,s0
80403208:	85a6                	mv	a1,s1
8040320a:	5fc50513          	add	a0,a0,1532 # 804065fc <names.0+0xd8>
8040320e:	a57fe0ef          	jal	80401c64 <panic>
80403212:	86aa                	mv	a3,a0
80403214:	80406537          	lui	a0,0x80406
80403218:	8622                	mv	a2,s0
8040321a:	85a6                	mv	a1,s1
8040321c:	62850513          	add	a0,a0,1576 # 80406628 <names.0+0x104>
80403220:	a45fe0ef          	jal	80401c64 <panic>

80403224 <disk_write>:
80403224:	1141                	add	sp,sp,-16
80403226:	c422                	sw	s0,8(sp)
80403228:	c226                	sw	s1,4(sp)
8040322a:	c606                	sw	ra,12(sp)
8040322c:	842e                	mv	s0,a1
8040322e:	84aa                	mv	s1,a0
80403230:	c985                	beqz	a1,80403260 <disk_write+0x3c>
80403232:	804f3537          	lui	a0,0x804f3
80403236:	53050793          	add	a5,a0,1328 # 804f3530 <bf>
8040323a:	4fdc                	lw	a5,28(a5)
8040323c:	0297e263          	bltu	a5,s1,80403260 <disk_write+0x3c>
80403240:	8f85                	sub	a5,a5,s1
80403242:	00b7ef63          	bltu	a5,a1,80403260 <disk_write+0x3c>
80403246:	86b2                	mv	a3,a2
80403248:	53050513          	add	a0,a0,1328
8040324c:	862e                	mv	a2,a1
8040324e:	85a6                	mv	a1,s1
80403250:	306010ef          	jal	80404556 <blkfront_write>
80403254:	ed11                	bnez	a0,80403270 <disk_write+0x4c>
80403256:	40b2                	lw	ra,12(sp)
80403258:	4422                	lw	s0,8(sp)
8040325a:	4492                	lw	s1,4(sp)
8040325c:	0141                	add	sp,sp,16
8040325e:	8082                	ret
80403260:	80406537          	lui	a0,0x80406
80403264:	8622                	mv	a2,s0
80403266:	85a6                	mv	a1,s1
80403268:	5fc50513          	add	a0,a0,1532 # 804065fc <names.0+0xd8>
8040326c:	9f9fe0ef          	jal	80401c64 <panic>
80403270:	86aa                	mv	a3,a0
80403272:	80406537          	lui	a0,0x80406
80403276:	8622                	mv	a2,s0
80403278:	85a6                	mv	a1,s1
8040327a:	65450513          	add	a0,a0,1620 # 80406654 <names.0+0x130>
8040327e:	9e7fe0ef          	jal	80401c64 <panic>

80403282 <disk_flush>:
80403282:	804f3537          	lui	a0,0x804f3
80403286:	1141                	add	sp,sp,-16
80403288:	53050513          	add	a0,a0,1328 # 804f3530 <bf>
8040328c:	c606                	sw	ra,12(sp)
8040328e:	2d0010ef          	jal	8040455e <blkfront_flush>
80403292:	e501                	bnez	a0,8040329a <disk_flush+0x18>
80403294:	40b2                	lw	ra,12(sp)
80403296:	0141                	add	sp,sp,16
80403298:	8082                	ret
8040329a:	85aa                	mv	a1,a0
8040329c:	80406537          	lui	a0,0x80406
804032a0:	68050513          	add	a0,a0,1664 # 80406680 <names.0+0x15c>
804032a4:	9c1fe0ef          	jal	80401c64 <panic>

804032a8 <store_event>:
804032a8:	8082                	ret

804032aa <arch_power_off>:
804032aa:	1141                	add	sp,sp,-16
804032ac:	c422                	sw	s0,8(sp)
804032ae:	c606                	sw	ra,12(sp)
804032b0:	842a                	mv	s0,a0
804032b2:	2e89                	jal	80403604 <pv_console_drain>
804032b4:	67c1                	lui	a5,0x10
804032b6:	00841593          	sll	a1,s0,0x8
804032ba:	17fd                	add	a5,a5,-1 # ffff <_entry-0x803f0001>
804032bc:	8dfd                	and	a1,a1,a5
804032be:	4509                	li	a0,2
804032c0:	48f5                	li	a7,29
804032c2:	00000073          	ecall
804032c6:	bfe5                	j	804032be <arch_power_off+0x14>

804032c8 <arch_crash>:
804032c8:	1141                	add	sp,sp,-16
804032ca:	c606                	sw	ra,12(sp)
804032cc:	2e25                	jal	80403604 <pv_console_drain>
804032ce:	4509                	li	a0,2
804032d0:	10300593          	li	a1,259
804032d4:	48f5                	li	a7,29
804032d6:	00000073          	ecall
804032da:	bfd5                	j	804032ce <arch_crash+0x6>

804032dc <pv_main>:
804032dc:	51c8                	lw	a0,36(a1)
804032de:	7179                	add	sp,sp,-48
804032e0:	d606                	sw	ra,44(sp)
804032e2:	d422                	sw	s0,40(sp)
804032e4:	d226                	sw	s1,36(sp)
804032e6:	842e                	mv	s0,a1
804032e8:	d04a                	sw	s2,32(sp)
804032ea:	ce4e                	sw	s3,28(sp)
804032ec:	804064b7          	lui	s1,0x80406
804032f0:	2f2010ef          	jal	804045e2 <evtchn_init>
804032f4:	4e5000ef          	jal	80403fd8 <pv_trap_init>
804032f8:	4661                	li	a2,24
804032fa:	6a048593          	add	a1,s1,1696 # 804066a0 <names.0+0x17c>
804032fe:	8522                	mv	a0,s0
80403300:	fa3fe0ef          	jal	804022a2 <memcmp>
80403304:	16051863          	bnez	a0,80403474 <pv_main+0x198>
80403308:	4581                	li	a1,0
8040330a:	48c5                	li	a7,17
8040330c:	00000073          	ecall
80403310:	4785                	li	a5,1
80403312:	01055713          	srl	a4,a0,0x10
80403316:	14f71763          	bne	a4,a5,80403464 <pv_main+0x188>
8040331a:	4519                	li	a0,6
8040331c:	00000073          	ecall
80403320:	479d                	li	a5,7
80403322:	00757713          	and	a4,a0,7
80403326:	14f71f63          	bne	a4,a5,80403484 <pv_main+0x1a8>
8040332a:	4034                	lw	a3,64(s0)
8040332c:	5c50                	lw	a2,60(s0)
8040332e:	80400737          	lui	a4,0x80400
80403332:	00c69593          	sll	a1,a3,0xc
80403336:	804f87b7          	lui	a5,0x804f8
8040333a:	00070713          	mv	a4,a4
8040333e:	80400537          	lui	a0,0x80400
80403342:	00078793          	mv	a5,a5
80403346:	95b2                	add	a1,a1,a2
80403348:	10a71863          	bne	a4,a0,80403458 <pv_main+0x17c>
8040334c:	10f46663          	bltu	s0,a5,80403458 <pv_main+0x17c>
80403350:	443c                	lw	a5,72(s0)
80403352:	00080737          	lui	a4,0x80
80403356:	10e79163          	bne	a5,a4,80403458 <pv_main+0x17c>
8040335a:	5004                	lw	s1,32(s0)
8040335c:	00070737          	lui	a4,0x70
80403360:	0e976c63          	bltu	a4,s1,80403458 <pv_main+0x17c>
80403364:	0e866a63          	bltu	a2,s0,80403458 <pv_main+0x17c>
80403368:	0e068863          	beqz	a3,80403458 <pv_main+0x17c>
8040336c:	94be                	add	s1,s1,a5
8040336e:	04b2                	sll	s1,s1,0xc
80403370:	0eb4e463          	bltu	s1,a1,80403458 <pv_main+0x17c>
80403374:	8522                	mv	a0,s0
80403376:	234d                	jal	80403918 <pv_mmu_init>
80403378:	892a                	mv	s2,a0
8040337a:	0a957b63          	bgeu	a0,s1,80403430 <pv_main+0x154>
8040337e:	804005b7          	lui	a1,0x80400
80403382:	80000537          	lui	a0,0x80000
80403386:	d42fe0ef          	jal	804018c8 <kinit>
8040338a:	85a6                	mv	a1,s1
8040338c:	854a                	mv	a0,s2
8040338e:	d3afe0ef          	jal	804018c8 <kinit>
80403392:	5848                	lw	a0,52(s0)
80403394:	2991                	jal	804037e8 <mfn_to_virt>
80403396:	5c0c                	lw	a1,56(s0)
80403398:	2a95                	jal	8040350c <pv_console_init>
8040339a:	467000ef          	jal	80404000 <pv_timer_init>
8040339e:	0068                	add	a0,sp,12
804033a0:	41a010ef          	jal	804047ba <gnttab_setup_frame>
804033a4:	08054c63          	bltz	a0,8040343c <pv_main+0x160>
804033a8:	45b2                	lw	a1,12(sp)
804033aa:	4619                	li	a2,6
804033ac:	f0000537          	lui	a0,0xf0000
804033b0:	2565                	jal	80403a58 <pv_map_frame>
804033b2:	f0000537          	lui	a0,0xf0000
804033b6:	45a010ef          	jal	80404810 <gnttab_init>
804033ba:	5448                	lw	a0,44(s0)
804033bc:	804f39b7          	lui	s3,0x804f3
804033c0:	4481                	li	s1,0
804033c2:	211d                	jal	804037e8 <mfn_to_virt>
804033c4:	5810                	lw	a2,48(s0)
804033c6:	804046b7          	lui	a3,0x80404
804033ca:	85aa                	mv	a1,a0
804033cc:	7a068693          	add	a3,a3,1952 # 804047a0 <pv_block>
804033d0:	5b098513          	add	a0,s3,1456 # 804f35b0 <store>
804033d4:	18b010ef          	jal	80404d5e <xs_init>
804033d8:	5808                	lw	a0,48(s0)
804033da:	804035b7          	lui	a1,0x80403
804033de:	4601                	li	a2,0
804033e0:	2a858593          	add	a1,a1,680 # 804032a8 <store_event>
804033e4:	22a010ef          	jal	8040460e <evtchn_bind>
804033e8:	1ff00713          	li	a4,511
804033ec:	00055663          	bgez	a0,804033f8 <pv_main+0x11c>
804033f0:	a8a9                	j	8040344a <pv_main+0x16e>
804033f2:	0485                	add	s1,s1,1
804033f4:	00e48763          	beq	s1,a4,80403402 <pv_main+0x126>
804033f8:	009407b3          	add	a5,s0,s1
804033fc:	04c7c783          	lbu	a5,76(a5) # 804f804c <kernel_end+0x4c>
80403400:	fbed                	bnez	a5,804033f2 <pv_main+0x116>
80403402:	804f3937          	lui	s2,0x804f3
80403406:	04c40593          	add	a1,s0,76
8040340a:	8626                	mv	a2,s1
8040340c:	5c090513          	add	a0,s2,1472 # 804f35c0 <bootargs>
80403410:	e57fe0ef          	jal	80402266 <memcpy>
80403414:	5c090793          	add	a5,s2,1472
80403418:	97a6                	add	a5,a5,s1
8040341a:	5b098513          	add	a0,s3,1456
8040341e:	00078023          	sb	zero,0(a5)
80403422:	cddff0ef          	jal	804030fe <pv_disk_init>
80403426:	85aa                	mv	a1,a0
80403428:	5c090513          	add	a0,s2,1472
8040342c:	d1efe0ef          	jal	8040194a <kernel_run>
80403430:	80406537          	lui	a0,0x80406
80403434:	76450513          	add	a0,a0,1892 # 80406764 <names.0+0x240>
80403438:	82dfe0ef          	jal	80401c64 <panic>
8040343c:	85aa                	mv	a1,a0
8040343e:	80406537          	lui	a0,0x80406
80403442:	77c50513          	add	a0,a0,1916 # 8040677c <names.0+0x258>
80403446:	81ffe0ef          	jal	80401c64 <panic>
8040344a:	580c                	lw	a1,48(s0)
8040344c:	80406537          	lui	a0,0x80406
80403450:	7a450513          	add	a0,a0,1956 # 804067a4 <names.0+0x280>
80403454:	811fe0ef          	jal	80401c64 <panic>
80403458:	80406537          	lui	a0,0x80406
8040345c:	74050513          	add	a0,a0,1856 # 80406740 <names.0+0x21c>
80403460:	805fe0ef          	jal	80401c64 <panic>
80403464:	85aa                	mv	a1,a0
80403466:	80406537          	lui	a0,0x80406
8040346a:	6641                	lui	a2,0x10
8040346c:	6dc50513          	add	a0,a0,1756 # 804066dc <names.0+0x1b8>
80403470:	ff4fe0ef          	jal	80401c64 <panic>
80403474:	80406537          	lui	a0,0x80406
80403478:	6a048593          	add	a1,s1,1696
8040347c:	6b850513          	add	a0,a0,1720 # 804066b8 <names.0+0x194>
80403480:	fe4fe0ef          	jal	80401c64 <panic>
80403484:	fff54593          	not	a1,a0
80403488:	80406537          	lui	a0,0x80406
8040348c:	899d                	and	a1,a1,7
8040348e:	71450513          	add	a0,a0,1812 # 80406714 <names.0+0x1f0>
80403492:	fd2fe0ef          	jal	80401c64 <panic>

80403496 <cons_rx>:
80403496:	7139                	add	sp,sp,-64
80403498:	d84a                	sw	s2,48(sp)
8040349a:	d64e                	sw	s3,44(sp)
8040349c:	de06                	sw	ra,60(sp)
8040349e:	dc22                	sw	s0,56(sp)
804034a0:	da26                	sw	s1,52(sp)
804034a2:	d89fc0ef          	jal	8040022a <console_room>
804034a6:	804f3937          	lui	s2,0x804f3
804034aa:	02000993          	li	s3,32
804034ae:	862a                	mv	a2,a0
804034b0:	02a05b63          	blez	a0,804034e6 <cons_rx+0x50>
804034b4:	00a9f463          	bgeu	s3,a0,804034bc <cons_rx+0x26>
804034b8:	02000613          	li	a2,32
804034bc:	858a                	mv	a1,sp
804034be:	7c090513          	add	a0,s2,1984 # 804f37c0 <cons>
804034c2:	4d4010ef          	jal	80404996 <pvcons_read>
804034c6:	c915                	beqz	a0,804034fa <cons_rx+0x64>
804034c8:	840a                	mv	s0,sp
804034ca:	00a104b3          	add	s1,sp,a0
804034ce:	00044503          	lbu	a0,0(s0)
804034d2:	0405                	add	s0,s0,1
804034d4:	d71fc0ef          	jal	80400244 <console_input>
804034d8:	fe941be3          	bne	s0,s1,804034ce <cons_rx+0x38>
804034dc:	d4ffc0ef          	jal	8040022a <console_room>
804034e0:	862a                	mv	a2,a0
804034e2:	fca049e3          	bgtz	a0,804034b4 <cons_rx+0x1e>
804034e6:	7c090513          	add	a0,s2,1984
804034ea:	490010ef          	jal	8040497a <pvcons_input_pending>
804034ee:	00a037b3          	snez	a5,a0
804034f2:	80428737          	lui	a4,0x80428
804034f6:	04f72c23          	sw	a5,88(a4) # 80428058 <rx_paused>
804034fa:	50f2                	lw	ra,60(sp)
804034fc:	5462                	lw	s0,56(sp)
804034fe:	54d2                	lw	s1,52(sp)
80403500:	5942                	lw	s2,48(sp)
80403502:	59b2                	lw	s3,44(sp)
80403504:	6121                	add	sp,sp,64
80403506:	8082                	ret

80403508 <cons_event>:
80403508:	f8fff06f          	j	80403496 <cons_rx>

8040350c <pv_console_init>:
8040350c:	1141                	add	sp,sp,-16
8040350e:	c422                	sw	s0,8(sp)
80403510:	804046b7          	lui	a3,0x80404
80403514:	842e                	mv	s0,a1
80403516:	85aa                	mv	a1,a0
80403518:	804f3537          	lui	a0,0x804f3
8040351c:	8622                	mv	a2,s0
8040351e:	7c050513          	add	a0,a0,1984 # 804f37c0 <cons>
80403522:	7a068693          	add	a3,a3,1952 # 804047a0 <pv_block>
80403526:	c606                	sw	ra,12(sp)
80403528:	390010ef          	jal	804048b8 <pvcons_init>
8040352c:	804035b7          	lui	a1,0x80403
80403530:	4601                	li	a2,0
80403532:	50858593          	add	a1,a1,1288 # 80403508 <cons_event>
80403536:	8522                	mv	a0,s0
80403538:	0d6010ef          	jal	8040460e <evtchn_bind>
8040353c:	00054b63          	bltz	a0,80403552 <pv_console_init+0x46>
80403540:	40b2                	lw	ra,12(sp)
80403542:	4422                	lw	s0,8(sp)
80403544:	804287b7          	lui	a5,0x80428
80403548:	4705                	li	a4,1
8040354a:	06e7a023          	sw	a4,96(a5) # 80428060 <ready>
8040354e:	0141                	add	sp,sp,16
80403550:	8082                	ret
80403552:	80406537          	lui	a0,0x80406
80403556:	85a2                	mv	a1,s0
80403558:	7c050513          	add	a0,a0,1984 # 804067c0 <names.0+0x29c>
8040355c:	f08fe0ef          	jal	80401c64 <panic>

80403560 <arch_console_putc>:
80403560:	804287b7          	lui	a5,0x80428
80403564:	0607a783          	lw	a5,96(a5) # 80428060 <ready>
80403568:	1101                	add	sp,sp,-32
8040356a:	ce06                	sw	ra,28(sp)
8040356c:	cc22                	sw	s0,24(sp)
8040356e:	00a107a3          	sb	a0,15(sp)
80403572:	cf85                	beqz	a5,804035aa <arch_console_putc+0x4a>
80403574:	804f3437          	lui	s0,0x804f3
80403578:	a029                	j	80403582 <arch_console_putc+0x22>
8040357a:	3b8010ef          	jal	80404932 <pvcons_notify>
8040357e:	222010ef          	jal	804047a0 <pv_block>
80403582:	4605                	li	a2,1
80403584:	00f10593          	add	a1,sp,15
80403588:	7c040513          	add	a0,s0,1984 # 804f37c0 <cons>
8040358c:	334010ef          	jal	804048c0 <pvcons_put>
80403590:	87aa                	mv	a5,a0
80403592:	7c040513          	add	a0,s0,1984
80403596:	d3f5                	beqz	a5,8040357a <arch_console_putc+0x1a>
80403598:	40f2                	lw	ra,28(sp)
8040359a:	4462                	lw	s0,24(sp)
8040359c:	804287b7          	lui	a5,0x80428
804035a0:	4705                	li	a4,1
804035a2:	04e7ae23          	sw	a4,92(a5) # 8042805c <unflushed>
804035a6:	6105                	add	sp,sp,32
804035a8:	8082                	ret
804035aa:	4501                	li	a0,0
804035ac:	4585                	li	a1,1
804035ae:	00f10613          	add	a2,sp,15
804035b2:	48c9                	li	a7,18
804035b4:	00000073          	ecall
804035b8:	40f2                	lw	ra,28(sp)
804035ba:	4462                	lw	s0,24(sp)
804035bc:	6105                	add	sp,sp,32
804035be:	8082                	ret

804035c0 <arch_console_flush>:
804035c0:	804287b7          	lui	a5,0x80428
804035c4:	0607a783          	lw	a5,96(a5) # 80428060 <ready>
804035c8:	c791                	beqz	a5,804035d4 <arch_console_flush+0x14>
804035ca:	804287b7          	lui	a5,0x80428
804035ce:	05c7a703          	lw	a4,92(a5) # 8042805c <unflushed>
804035d2:	e311                	bnez	a4,804035d6 <arch_console_flush+0x16>
804035d4:	8082                	ret
804035d6:	804f3537          	lui	a0,0x804f3
804035da:	7c050513          	add	a0,a0,1984 # 804f37c0 <cons>
804035de:	0407ae23          	sw	zero,92(a5)
804035e2:	3500106f          	j	80404932 <pvcons_notify>

804035e6 <arch_console_rx_resume>:
804035e6:	804287b7          	lui	a5,0x80428
804035ea:	0607a783          	lw	a5,96(a5) # 80428060 <ready>
804035ee:	c791                	beqz	a5,804035fa <arch_console_rx_resume+0x14>
804035f0:	804287b7          	lui	a5,0x80428
804035f4:	0587a703          	lw	a4,88(a5) # 80428058 <rx_paused>
804035f8:	e311                	bnez	a4,804035fc <arch_console_rx_resume+0x16>
804035fa:	8082                	ret
804035fc:	0407ac23          	sw	zero,88(a5)
80403600:	e97ff06f          	j	80403496 <cons_rx>

80403604 <pv_console_drain>:
80403604:	804287b7          	lui	a5,0x80428
80403608:	0607a783          	lw	a5,96(a5) # 80428060 <ready>
8040360c:	e391                	bnez	a5,80403610 <pv_console_drain+0xc>
8040360e:	8082                	ret
80403610:	804f3537          	lui	a0,0x804f3
80403614:	804287b7          	lui	a5,0x80428
80403618:	7c050513          	add	a0,a0,1984 # 804f37c0 <cons>
8040361c:	0407ae23          	sw	zero,92(a5) # 8042805c <unflushed>
80403620:	3180106f          	j	80404938 <pvcons_drain>

80403624 <sift_down>:
80403624:	00151793          	sll	a5,a0,0x1
80403628:	0785                	add	a5,a5,1
8040362a:	08b7fa63          	bgeu	a5,a1,804036be <sift_down+0x9a>
8040362e:	80428737          	lui	a4,0x80428
80403632:	07c72283          	lw	t0,124(a4) # 8042807c <m2p>
80403636:	00251693          	sll	a3,a0,0x2
8040363a:	00d28733          	add	a4,t0,a3
8040363e:	00072f83          	lw	t6,0(a4)
80403642:	80428737          	lui	a4,0x80428
80403646:	08472e03          	lw	t3,132(a4) # 80428084 <p2m>
8040364a:	002f9e93          	sll	t4,t6,0x2
8040364e:	9ef2                	add	t4,t4,t3
80403650:	a82d                	j	8040368a <sift_down+0x66>
80403652:	00082f03          	lw	t5,0(a6)
80403656:	002f1313          	sll	t1,t5,0x2
8040365a:	9372                	add	t1,t1,t3
8040365c:	00032303          	lw	t1,0(t1)
80403660:	04667663          	bgeu	a2,t1,804036ac <sift_down+0x88>
80403664:	8742                	mv	a4,a6
80403666:	000ea803          	lw	a6,0(t4)
8040366a:	00151793          	sll	a5,a0,0x1
8040366e:	861a                	mv	a2,t1
80403670:	88fa                	mv	a7,t5
80403672:	0785                	add	a5,a5,1
80403674:	9696                	add	a3,a3,t0
80403676:	04c87463          	bgeu	a6,a2,804036be <sift_down+0x9a>
8040367a:	0116a023          	sw	a7,0(a3)
8040367e:	01f72023          	sw	t6,0(a4)
80403682:	02b7fe63          	bgeu	a5,a1,804036be <sift_down+0x9a>
80403686:	00251693          	sll	a3,a0,0x2
8040368a:	00279713          	sll	a4,a5,0x2
8040368e:	9716                	add	a4,a4,t0
80403690:	00072883          	lw	a7,0(a4)
80403694:	0505                	add	a0,a0,1
80403696:	00351613          	sll	a2,a0,0x3
8040369a:	00c28833          	add	a6,t0,a2
8040369e:	00289613          	sll	a2,a7,0x2
804036a2:	9672                	add	a2,a2,t3
804036a4:	0506                	sll	a0,a0,0x1
804036a6:	4210                	lw	a2,0(a2)
804036a8:	fab565e3          	bltu	a0,a1,80403652 <sift_down+0x2e>
804036ac:	000ea803          	lw	a6,0(t4)
804036b0:	853e                	mv	a0,a5
804036b2:	00151793          	sll	a5,a0,0x1
804036b6:	0785                	add	a5,a5,1
804036b8:	9696                	add	a3,a3,t0
804036ba:	fcc860e3          	bltu	a6,a2,8040367a <sift_down+0x56>
804036be:	8082                	ret

804036c0 <flush>:
804036c0:	804287b7          	lui	a5,0x80428
804036c4:	0687a583          	lw	a1,104(a5) # 80428068 <unpinned>
804036c8:	1101                	add	sp,sp,-32
804036ca:	ce06                	sw	ra,28(sp)
804036cc:	c185                	beqz	a1,804036ec <flush+0x2c>
804036ce:	804f4737          	lui	a4,0x804f4
804036d2:	66a1                	lui	a3,0x8
804036d4:	c602                	sw	zero,12(sp)
804036d6:	8cc70513          	add	a0,a4,-1844 # 804f38cc <unpins>
804036da:	0070                	add	a2,sp,12
804036dc:	16c1                	add	a3,a3,-16 # 7ff0 <_entry-0x803f8010>
804036de:	48e9                	li	a7,26
804036e0:	00000073          	ecall
804036e4:	02054b63          	bltz	a0,8040371a <flush+0x5a>
804036e8:	0607a423          	sw	zero,104(a5)
804036ec:	804287b7          	lui	a5,0x80428
804036f0:	06c7a583          	lw	a1,108(a5) # 8042806c <batched>
804036f4:	c185                	beqz	a1,80403714 <flush+0x54>
804036f6:	804f5737          	lui	a4,0x804f5
804036fa:	66a1                	lui	a3,0x8
804036fc:	c602                	sw	zero,12(sp)
804036fe:	8cc70513          	add	a0,a4,-1844 # 804f48cc <batch>
80403702:	0070                	add	a2,sp,12
80403704:	16c1                	add	a3,a3,-16 # 7ff0 <_entry-0x803f8010>
80403706:	4885                	li	a7,1
80403708:	00000073          	ecall
8040370c:	02054a63          	bltz	a0,80403740 <flush+0x80>
80403710:	0607a623          	sw	zero,108(a5)
80403714:	40f2                	lw	ra,28(sp)
80403716:	6105                	add	sp,sp,32
80403718:	8082                	ret
8040371a:	4632                	lw	a2,12(sp)
8040371c:	0687a683          	lw	a3,104(a5)
80403720:	4581                	li	a1,0
80403722:	00d67363          	bgeu	a2,a3,80403728 <flush+0x68>
80403726:	85b2                	mv	a1,a2
80403728:	8cc70793          	add	a5,a4,-1844
8040372c:	058e                	sll	a1,a1,0x3
8040372e:	97ae                	add	a5,a5,a1
80403730:	43d8                	lw	a4,4(a5)
80403732:	85aa                	mv	a1,a0
80403734:	80406537          	lui	a0,0x80406
80403738:	7e850513          	add	a0,a0,2024 # 804067e8 <names.0+0x2c4>
8040373c:	d28fe0ef          	jal	80401c64 <panic>
80403740:	06c7a683          	lw	a3,108(a5)
80403744:	4632                	lw	a2,12(sp)
80403746:	4781                	li	a5,0
80403748:	00d67363          	bgeu	a2,a3,8040374e <flush+0x8e>
8040374c:	87b2                	mv	a5,a2
8040374e:	078e                	sll	a5,a5,0x3
80403750:	8cc70713          	add	a4,a4,-1844
80403754:	973e                	add	a4,a4,a5
80403756:	435c                	lw	a5,4(a4)
80403758:	4318                	lw	a4,0(a4)
8040375a:	85aa                	mv	a1,a0
8040375c:	80407537          	lui	a0,0x80407
80403760:	81c50513          	add	a0,a0,-2020 # 8040681c <names.0+0x2f8>
80403764:	d00fe0ef          	jal	80401c64 <panic>

80403768 <mmuext>:
80403768:	1101                	add	sp,sp,-32
8040376a:	cc22                	sw	s0,24(sp)
8040376c:	ca26                	sw	s1,20(sp)
8040376e:	842a                	mv	s0,a0
80403770:	84ae                	mv	s1,a1
80403772:	c42a                	sw	a0,8(sp)
80403774:	c62e                	sw	a1,12(sp)
80403776:	ce06                	sw	ra,28(sp)
80403778:	c202                	sw	zero,4(sp)
8040377a:	f47ff0ef          	jal	804036c0 <flush>
8040377e:	66a1                	lui	a3,0x8
80403780:	0028                	add	a0,sp,8
80403782:	4585                	li	a1,1
80403784:	0050                	add	a2,sp,4
80403786:	16c1                	add	a3,a3,-16 # 7ff0 <_entry-0x803f8010>
80403788:	48e9                	li	a7,26
8040378a:	00000073          	ecall
8040378e:	00054763          	bltz	a0,8040379c <mmuext+0x34>
80403792:	40f2                	lw	ra,28(sp)
80403794:	4462                	lw	s0,24(sp)
80403796:	44d2                	lw	s1,20(sp)
80403798:	6105                	add	sp,sp,32
8040379a:	8082                	ret
8040379c:	86aa                	mv	a3,a0
8040379e:	80407537          	lui	a0,0x80407
804037a2:	8626                	mv	a2,s1
804037a4:	85a2                	mv	a1,s0
804037a6:	85c50513          	add	a0,a0,-1956 # 8040685c <names.0+0x338>
804037aa:	cbafe0ef          	jal	80401c64 <panic>

804037ae <virt_to_mfn>:
804037ae:	800007b7          	lui	a5,0x80000
804037b2:	97aa                	add	a5,a5,a0
804037b4:	02055163          	bgez	a0,804037d6 <virt_to_mfn+0x28>
804037b8:	80428737          	lui	a4,0x80428
804037bc:	08072703          	lw	a4,128(a4) # 80428080 <nr_pages>
804037c0:	83b1                	srl	a5,a5,0xc
804037c2:	00e7fa63          	bgeu	a5,a4,804037d6 <virt_to_mfn+0x28>
804037c6:	80428737          	lui	a4,0x80428
804037ca:	08472703          	lw	a4,132(a4) # 80428084 <p2m>
804037ce:	078a                	sll	a5,a5,0x2
804037d0:	97ba                	add	a5,a5,a4
804037d2:	4388                	lw	a0,0(a5)
804037d4:	8082                	ret
804037d6:	85aa                	mv	a1,a0
804037d8:	80407537          	lui	a0,0x80407
804037dc:	1141                	add	sp,sp,-16
804037de:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
804037e2:	c606                	sw	ra,12(sp)
804037e4:	c80fe0ef          	jal	80401c64 <panic>

804037e8 <mfn_to_virt>:
804037e8:	804287b7          	lui	a5,0x80428
804037ec:	0807a883          	lw	a7,128(a5) # 80428080 <nr_pages>
804037f0:	804287b7          	lui	a5,0x80428
804037f4:	0847a583          	lw	a1,132(a5) # 80428084 <p2m>
804037f8:	804287b7          	lui	a5,0x80428
804037fc:	07c7a803          	lw	a6,124(a5) # 8042807c <m2p>
80403800:	8646                	mv	a2,a7
80403802:	4681                	li	a3,0
80403804:	02c6f263          	bgeu	a3,a2,80403828 <mfn_to_virt+0x40>
80403808:	40d607b3          	sub	a5,a2,a3
8040380c:	8385                	srl	a5,a5,0x1
8040380e:	97b6                	add	a5,a5,a3
80403810:	00279713          	sll	a4,a5,0x2
80403814:	9742                	add	a4,a4,a6
80403816:	4318                	lw	a4,0(a4)
80403818:	070a                	sll	a4,a4,0x2
8040381a:	972e                	add	a4,a4,a1
8040381c:	4318                	lw	a4,0(a4)
8040381e:	02a76663          	bltu	a4,a0,8040384a <mfn_to_virt+0x62>
80403822:	863e                	mv	a2,a5
80403824:	fec6e2e3          	bltu	a3,a2,80403808 <mfn_to_virt+0x20>
80403828:	03168463          	beq	a3,a7,80403850 <mfn_to_virt+0x68>
8040382c:	068a                	sll	a3,a3,0x2
8040382e:	9836                	add	a6,a6,a3
80403830:	00082783          	lw	a5,0(a6)
80403834:	00279713          	sll	a4,a5,0x2
80403838:	95ba                	add	a1,a1,a4
8040383a:	4198                	lw	a4,0(a1)
8040383c:	00a71a63          	bne	a4,a0,80403850 <mfn_to_virt+0x68>
80403840:	07b2                	sll	a5,a5,0xc
80403842:	80000537          	lui	a0,0x80000
80403846:	953e                	add	a0,a0,a5
80403848:	8082                	ret
8040384a:	00178693          	add	a3,a5,1
8040384e:	bf5d                	j	80403804 <mfn_to_virt+0x1c>
80403850:	85aa                	mv	a1,a0
80403852:	80407537          	lui	a0,0x80407
80403856:	1141                	add	sp,sp,-16
80403858:	8a050513          	add	a0,a0,-1888 # 804068a0 <names.0+0x37c>
8040385c:	c606                	sw	ra,12(sp)
8040385e:	c06fe0ef          	jal	80401c64 <panic>

80403862 <kmap_set_writable>:
80403862:	804287b7          	lui	a5,0x80428
80403866:	0787a783          	lw	a5,120(a5) # 80428078 <boot_root>
8040386a:	01655713          	srl	a4,a0,0x16
8040386e:	070a                	sll	a4,a4,0x2
80403870:	1101                	add	sp,sp,-32
80403872:	97ba                	add	a5,a5,a4
80403874:	cc22                	sw	s0,24(sp)
80403876:	842a                	mv	s0,a0
80403878:	4388                	lw	a0,0(a5)
8040387a:	ce06                	sw	ra,28(sp)
8040387c:	ca26                	sw	s1,20(sp)
8040387e:	c84a                	sw	s2,16(sp)
80403880:	c64e                	sw	s3,12(sp)
80403882:	4785                	li	a5,1
80403884:	00f57713          	and	a4,a0,15
80403888:	08f71163          	bne	a4,a5,8040390a <kmap_set_writable+0xa8>
8040388c:	00a55493          	srl	s1,a0,0xa
80403890:	8031                	srl	s0,s0,0xc
80403892:	8526                	mv	a0,s1
80403894:	3ff47413          	and	s0,s0,1023
80403898:	892e                	mv	s2,a1
8040389a:	040a                	sll	s0,s0,0x2
8040389c:	f4dff0ef          	jal	804037e8 <mfn_to_virt>
804038a0:	9522                	add	a0,a0,s0
804038a2:	411c                	lw	a5,0(a0)
804038a4:	ffb7f993          	and	s3,a5,-5
804038a8:	04091063          	bnez	s2,804038e8 <kmap_set_writable+0x86>
804038ac:	80428937          	lui	s2,0x80428
804038b0:	06c92703          	lw	a4,108(s2) # 8042806c <batched>
804038b4:	04b2                	sll	s1,s1,0xc
804038b6:	20000793          	li	a5,512
804038ba:	8cc1                	or	s1,s1,s0
804038bc:	04f70263          	beq	a4,a5,80403900 <kmap_set_writable+0x9e>
804038c0:	804f57b7          	lui	a5,0x804f5
804038c4:	40f2                	lw	ra,28(sp)
804038c6:	4462                	lw	s0,24(sp)
804038c8:	00371693          	sll	a3,a4,0x3
804038cc:	8cc78793          	add	a5,a5,-1844 # 804f48cc <batch>
804038d0:	97b6                	add	a5,a5,a3
804038d2:	0705                	add	a4,a4,1
804038d4:	c384                	sw	s1,0(a5)
804038d6:	0137a223          	sw	s3,4(a5)
804038da:	06e92623          	sw	a4,108(s2)
804038de:	44d2                	lw	s1,20(sp)
804038e0:	4942                	lw	s2,16(sp)
804038e2:	49b2                	lw	s3,12(sp)
804038e4:	6105                	add	sp,sp,32
804038e6:	8082                	ret
804038e8:	80428937          	lui	s2,0x80428
804038ec:	06c92703          	lw	a4,108(s2) # 8042806c <batched>
804038f0:	0047e993          	or	s3,a5,4
804038f4:	04b2                	sll	s1,s1,0xc
804038f6:	20000793          	li	a5,512
804038fa:	8cc1                	or	s1,s1,s0
804038fc:	fcf712e3          	bne	a4,a5,804038c0 <kmap_set_writable+0x5e>
80403900:	dc1ff0ef          	jal	804036c0 <flush>
80403904:	06c92703          	lw	a4,108(s2)
80403908:	bf65                	j	804038c0 <kmap_set_writable+0x5e>
8040390a:	80407537          	lui	a0,0x80407
8040390e:	85a2                	mv	a1,s0
80403910:	8d050513          	add	a0,a0,-1840 # 804068d0 <names.0+0x3ac>
80403914:	b50fe0ef          	jal	80401c64 <panic>

80403918 <pv_mmu_init>:
80403918:	7179                	add	sp,sp,-48
8040391a:	d226                	sw	s1,36(sp)
8040391c:	4164                	lw	s1,68(a0)
8040391e:	d04a                	sw	s2,32(sp)
80403920:	02052903          	lw	s2,32(a0)
80403924:	804287b7          	lui	a5,0x80428
80403928:	ca56                	sw	s5,20(sp)
8040392a:	03c52a83          	lw	s5,60(a0)
8040392e:	0897a223          	sw	s1,132(a5) # 80428084 <p2m>
80403932:	804287b7          	lui	a5,0x80428
80403936:	0927a023          	sw	s2,128(a5) # 80428080 <nr_pages>
8040393a:	804287b7          	lui	a5,0x80428
8040393e:	0757ac23          	sw	s5,120(a5) # 80428078 <boot_root>
80403942:	804287b7          	lui	a5,0x80428
80403946:	d606                	sw	ra,44(sp)
80403948:	d422                	sw	s0,40(sp)
8040394a:	ce4e                	sw	s3,28(sp)
8040394c:	cc52                	sw	s4,24(sp)
8040394e:	c85a                	sw	s6,16(sp)
80403950:	c65e                	sw	s7,12(sp)
80403952:	c462                	sw	s8,8(sp)
80403954:	06b7ae23          	sw	a1,124(a5) # 8042807c <m2p>
80403958:	0e090363          	beqz	s2,80403a3e <pv_mmu_init+0x126>
8040395c:	8a2e                	mv	s4,a1
8040395e:	0591                	add	a1,a1,4
80403960:	ffc48713          	add	a4,s1,-4
80403964:	4605                	li	a2,1
80403966:	4781                	li	a5,0
80403968:	40958533          	sub	a0,a1,s1
8040396c:	00e506b3          	add	a3,a0,a4
80403970:	c29c                	sw	a5,0(a3)
80403972:	842e                	mv	s0,a1
80403974:	c799                	beqz	a5,80403982 <pv_mmu_init+0x6a>
80403976:	4314                	lw	a3,0(a4)
80403978:	00472803          	lw	a6,4(a4)
8040397c:	0106b6b3          	sltu	a3,a3,a6
80403980:	8e75                	and	a2,a2,a3
80403982:	0785                	add	a5,a5,1
80403984:	0711                	add	a4,a4,4
80403986:	fef913e3          	bne	s2,a5,8040396c <pv_mmu_init+0x54>
8040398a:	e63d                	bnez	a2,804039f8 <pv_mmu_init+0xe0>
8040398c:	00195993          	srl	s3,s2,0x1
80403990:	06098463          	beqz	s3,804039f8 <pv_mmu_init+0xe0>
80403994:	19fd                	add	s3,s3,-1
80403996:	85ca                	mv	a1,s2
80403998:	854e                	mv	a0,s3
8040399a:	c8bff0ef          	jal	80403624 <sift_down>
8040399e:	fe099be3          	bnez	s3,80403994 <pv_mmu_init+0x7c>
804039a2:	00291b93          	sll	s7,s2,0x2
804039a6:	1bf1                	add	s7,s7,-4
804039a8:	017a0b33          	add	s6,s4,s7
804039ac:	89ca                	mv	s3,s2
804039ae:	4c05                	li	s8,1
804039b0:	000b2703          	lw	a4,0(s6) # c000000 <_entry-0x74400000>
804039b4:	000a2783          	lw	a5,0(s4)
804039b8:	19fd                	add	s3,s3,-1
804039ba:	00ea2023          	sw	a4,0(s4)
804039be:	00fb2023          	sw	a5,0(s6)
804039c2:	85ce                	mv	a1,s3
804039c4:	4501                	li	a0,0
804039c6:	c5fff0ef          	jal	80403624 <sift_down>
804039ca:	1b71                	add	s6,s6,-4
804039cc:	ff8992e3          	bne	s3,s8,804039b0 <pv_mmu_init+0x98>
804039d0:	000a2703          	lw	a4,0(s4)
804039d4:	004b8693          	add	a3,s7,4
804039d8:	96d2                	add	a3,a3,s4
804039da:	00271793          	sll	a5,a4,0x2
804039de:	4018                	lw	a4,0(s0)
804039e0:	97a6                	add	a5,a5,s1
804039e2:	438c                	lw	a1,0(a5)
804039e4:	00271793          	sll	a5,a4,0x2
804039e8:	00f48733          	add	a4,s1,a5
804039ec:	4318                	lw	a4,0(a4)
804039ee:	04e58f63          	beq	a1,a4,80403a4c <pv_mmu_init+0x134>
804039f2:	0411                	add	s0,s0,4
804039f4:	fe8695e3          	bne	a3,s0,804039de <pv_mmu_init+0xc6>
804039f8:	800007b7          	lui	a5,0x80000
804039fc:	97d6                	add	a5,a5,s5
804039fe:	83b1                	srl	a5,a5,0xc
80403a00:	020adf63          	bgez	s5,80403a3e <pv_mmu_init+0x126>
80403a04:	0327fd63          	bgeu	a5,s2,80403a3e <pv_mmu_init+0x126>
80403a08:	078a                	sll	a5,a5,0x2
80403a0a:	94be                	add	s1,s1,a5
80403a0c:	4098                	lw	a4,0(s1)
80403a0e:	6785                	lui	a5,0x1
80403a10:	50b2                	lw	ra,44(sp)
80403a12:	5422                	lw	s0,40(sp)
80403a14:	17fd                	add	a5,a5,-1 # fff <_entry-0x803ff001>
80403a16:	9a3e                	add	s4,s4,a5
80403a18:	090a                	sll	s2,s2,0x2
80403a1a:	804287b7          	lui	a5,0x80428
80403a1e:	9952                	add	s2,s2,s4
80403a20:	06e7aa23          	sw	a4,116(a5) # 80428074 <boot_root_mfn>
80403a24:	757d                	lui	a0,0xfffff
80403a26:	5492                	lw	s1,36(sp)
80403a28:	49f2                	lw	s3,28(sp)
80403a2a:	4a62                	lw	s4,24(sp)
80403a2c:	4ad2                	lw	s5,20(sp)
80403a2e:	4b42                	lw	s6,16(sp)
80403a30:	4bb2                	lw	s7,12(sp)
80403a32:	4c22                	lw	s8,8(sp)
80403a34:	00a97533          	and	a0,s2,a0
80403a38:	5902                	lw	s2,32(sp)
80403a3a:	6145                	add	sp,sp,48
80403a3c:	8082                	ret
80403a3e:	80407537          	lui	a0,0x80407
80403a42:	85d6                	mv	a1,s5
80403a44:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
80403a48:	a1cfe0ef          	jal	80401c64 <panic>
80403a4c:	80407537          	lui	a0,0x80407
80403a50:	8f850513          	add	a0,a0,-1800 # 804068f8 <names.0+0x3d4>
80403a54:	a10fe0ef          	jal	80401c64 <panic>

80403a58 <pv_map_frame>:
80403a58:	7179                	add	sp,sp,-48
80403a5a:	ca56                	sw	s5,20(sp)
80403a5c:	80428ab7          	lui	s5,0x80428
80403a60:	078aa783          	lw	a5,120(s5) # 80428078 <boot_root>
80403a64:	d04a                	sw	s2,32(sp)
80403a66:	01655913          	srl	s2,a0,0x16
80403a6a:	090a                	sll	s2,s2,0x2
80403a6c:	97ca                	add	a5,a5,s2
80403a6e:	439c                	lw	a5,0(a5)
80403a70:	d422                	sw	s0,40(sp)
80403a72:	d226                	sw	s1,36(sp)
80403a74:	ce4e                	sw	s3,28(sp)
80403a76:	d606                	sw	ra,44(sp)
80403a78:	cc52                	sw	s4,24(sp)
80403a7a:	c85a                	sw	s6,16(sp)
80403a7c:	c65e                	sw	s7,12(sp)
80403a7e:	0017f713          	and	a4,a5,1
80403a82:	842a                	mv	s0,a0
80403a84:	84ae                	mv	s1,a1
80403a86:	89b2                	mv	s3,a2
80403a88:	c335                	beqz	a4,80403aec <pv_map_frame+0x94>
80403a8a:	00f7f713          	and	a4,a5,15
80403a8e:	4685                	li	a3,1
80403a90:	10d71563          	bne	a4,a3,80403b9a <pv_map_frame+0x142>
80403a94:	80428a37          	lui	s4,0x80428
80403a98:	8031                	srl	s0,s0,0xc
80403a9a:	06ca2703          	lw	a4,108(s4) # 8042806c <batched>
80403a9e:	3ff47413          	and	s0,s0,1023
80403aa2:	83a9                	srl	a5,a5,0xa
80403aa4:	04aa                	sll	s1,s1,0xa
80403aa6:	040a                	sll	s0,s0,0x2
80403aa8:	07b2                	sll	a5,a5,0xc
80403aaa:	0134e4b3          	or	s1,s1,s3
80403aae:	20000693          	li	a3,512
80403ab2:	8c5d                	or	s0,s0,a5
80403ab4:	0d14e493          	or	s1,s1,209
80403ab8:	0cd70163          	beq	a4,a3,80403b7a <pv_map_frame+0x122>
80403abc:	804f57b7          	lui	a5,0x804f5
80403ac0:	00371693          	sll	a3,a4,0x3
80403ac4:	8cc78793          	add	a5,a5,-1844 # 804f48cc <batch>
80403ac8:	97b6                	add	a5,a5,a3
80403aca:	c380                	sw	s0,0(a5)
80403acc:	0705                	add	a4,a4,1
80403ace:	5422                	lw	s0,40(sp)
80403ad0:	50b2                	lw	ra,44(sp)
80403ad2:	5902                	lw	s2,32(sp)
80403ad4:	49f2                	lw	s3,28(sp)
80403ad6:	4ad2                	lw	s5,20(sp)
80403ad8:	4b42                	lw	s6,16(sp)
80403ada:	4bb2                	lw	s7,12(sp)
80403adc:	c3c4                	sw	s1,4(a5)
80403ade:	06ea2623          	sw	a4,108(s4)
80403ae2:	5492                	lw	s1,36(sp)
80403ae4:	4a62                	lw	s4,24(sp)
80403ae6:	6145                	add	sp,sp,48
80403ae8:	bd9ff06f          	j	804036c0 <flush>
80403aec:	d47fd0ef          	jal	80401832 <kalloc>
80403af0:	8a2a                	mv	s4,a0
80403af2:	cd51                	beqz	a0,80403b8e <pv_map_frame+0x136>
80403af4:	4581                	li	a1,0
80403af6:	d6dff0ef          	jal	80403862 <kmap_set_writable>
80403afa:	800007b7          	lui	a5,0x80000
80403afe:	97d2                	add	a5,a5,s4
80403b00:	83b1                	srl	a5,a5,0xc
80403b02:	0a0a5363          	bgez	s4,80403ba8 <pv_map_frame+0x150>
80403b06:	80428737          	lui	a4,0x80428
80403b0a:	08072703          	lw	a4,128(a4) # 80428080 <nr_pages>
80403b0e:	08e7fd63          	bgeu	a5,a4,80403ba8 <pv_map_frame+0x150>
80403b12:	80428737          	lui	a4,0x80428
80403b16:	08472b03          	lw	s6,132(a4) # 80428084 <p2m>
80403b1a:	078a                	sll	a5,a5,0x2
80403b1c:	4501                	li	a0,0
80403b1e:	9b3e                	add	s6,s6,a5
80403b20:	000b2583          	lw	a1,0(s6)
80403b24:	80428a37          	lui	s4,0x80428
80403b28:	c41ff0ef          	jal	80403768 <mmuext>
80403b2c:	804287b7          	lui	a5,0x80428
80403b30:	0747ab83          	lw	s7,116(a5) # 80428074 <boot_root_mfn>
80403b34:	000b2b03          	lw	s6,0(s6)
80403b38:	06ca2703          	lw	a4,108(s4) # 8042806c <batched>
80403b3c:	0bb2                	sll	s7,s7,0xc
80403b3e:	0b2a                	sll	s6,s6,0xa
80403b40:	20000793          	li	a5,512
80403b44:	012bebb3          	or	s7,s7,s2
80403b48:	001b6b13          	or	s6,s6,1
80403b4c:	02f70c63          	beq	a4,a5,80403b84 <pv_map_frame+0x12c>
80403b50:	804f57b7          	lui	a5,0x804f5
80403b54:	00371693          	sll	a3,a4,0x3
80403b58:	8cc78793          	add	a5,a5,-1844 # 804f48cc <batch>
80403b5c:	97b6                	add	a5,a5,a3
80403b5e:	0705                	add	a4,a4,1
80403b60:	0177a023          	sw	s7,0(a5)
80403b64:	0167a223          	sw	s6,4(a5)
80403b68:	06ea2623          	sw	a4,108(s4)
80403b6c:	b55ff0ef          	jal	804036c0 <flush>
80403b70:	078aa783          	lw	a5,120(s5)
80403b74:	97ca                	add	a5,a5,s2
80403b76:	439c                	lw	a5,0(a5)
80403b78:	bf09                	j	80403a8a <pv_map_frame+0x32>
80403b7a:	b47ff0ef          	jal	804036c0 <flush>
80403b7e:	06ca2703          	lw	a4,108(s4)
80403b82:	bf2d                	j	80403abc <pv_map_frame+0x64>
80403b84:	b3dff0ef          	jal	804036c0 <flush>
80403b88:	06ca2703          	lw	a4,108(s4)
80403b8c:	b7d1                	j	80403b50 <pv_map_frame+0xf8>
80403b8e:	80407537          	lui	a0,0x80407
80403b92:	92c50513          	add	a0,a0,-1748 # 8040692c <names.0+0x408>
80403b96:	8cefe0ef          	jal	80401c64 <panic>
80403b9a:	80407537          	lui	a0,0x80407
80403b9e:	85a2                	mv	a1,s0
80403ba0:	8d050513          	add	a0,a0,-1840 # 804068d0 <names.0+0x3ac>
80403ba4:	8c0fe0ef          	jal	80401c64 <panic>
80403ba8:	80407537          	lui	a0,0x80407
80403bac:	85d2                	mv	a1,s4
80403bae:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
80403bb2:	8b2fe0ef          	jal	80401c64 <panic>

80403bb6 <vm_switch>:
80403bb6:	1141                	add	sp,sp,-16
80403bb8:	c226                	sw	s1,4(sp)
80403bba:	804284b7          	lui	s1,0x80428
80403bbe:	0704a783          	lw	a5,112(s1) # 80428070 <active_user>
80403bc2:	c606                	sw	ra,12(sp)
80403bc4:	c422                	sw	s0,8(sp)
80403bc6:	02a78b63          	beq	a5,a0,80403bfc <vm_switch+0x46>
80403bca:	800007b7          	lui	a5,0x80000
80403bce:	97aa                	add	a5,a5,a0
80403bd0:	842a                	mv	s0,a0
80403bd2:	83b1                	srl	a5,a5,0xc
80403bd4:	02055963          	bgez	a0,80403c06 <vm_switch+0x50>
80403bd8:	80428737          	lui	a4,0x80428
80403bdc:	08072703          	lw	a4,128(a4) # 80428080 <nr_pages>
80403be0:	02e7f363          	bgeu	a5,a4,80403c06 <vm_switch+0x50>
80403be4:	80428737          	lui	a4,0x80428
80403be8:	08472703          	lw	a4,132(a4) # 80428084 <p2m>
80403bec:	078a                	sll	a5,a5,0x2
80403bee:	453d                	li	a0,15
80403bf0:	97ba                	add	a5,a5,a4
80403bf2:	438c                	lw	a1,0(a5)
80403bf4:	b75ff0ef          	jal	80403768 <mmuext>
80403bf8:	0684a823          	sw	s0,112(s1)
80403bfc:	40b2                	lw	ra,12(sp)
80403bfe:	4422                	lw	s0,8(sp)
80403c00:	4492                	lw	s1,4(sp)
80403c02:	0141                	add	sp,sp,16
80403c04:	8082                	ret
80403c06:	80407537          	lui	a0,0x80407
80403c0a:	85a2                	mv	a1,s0
80403c0c:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
80403c10:	854fe0ef          	jal	80401c64 <panic>

80403c14 <uvm_create>:
80403c14:	1141                	add	sp,sp,-16
80403c16:	c422                	sw	s0,8(sp)
80403c18:	c606                	sw	ra,12(sp)
80403c1a:	c19fd0ef          	jal	80401832 <kalloc>
80403c1e:	842a                	mv	s0,a0
80403c20:	c915                	beqz	a0,80403c54 <uvm_create+0x40>
80403c22:	4581                	li	a1,0
80403c24:	c3fff0ef          	jal	80403862 <kmap_set_writable>
80403c28:	800007b7          	lui	a5,0x80000
80403c2c:	97a2                	add	a5,a5,s0
80403c2e:	83b1                	srl	a5,a5,0xc
80403c30:	02045763          	bgez	s0,80403c5e <uvm_create+0x4a>
80403c34:	80428737          	lui	a4,0x80428
80403c38:	08072703          	lw	a4,128(a4) # 80428080 <nr_pages>
80403c3c:	02e7f163          	bgeu	a5,a4,80403c5e <uvm_create+0x4a>
80403c40:	80428737          	lui	a4,0x80428
80403c44:	08472703          	lw	a4,132(a4) # 80428084 <p2m>
80403c48:	078a                	sll	a5,a5,0x2
80403c4a:	4505                	li	a0,1
80403c4c:	97ba                	add	a5,a5,a4
80403c4e:	438c                	lw	a1,0(a5)
80403c50:	b19ff0ef          	jal	80403768 <mmuext>
80403c54:	40b2                	lw	ra,12(sp)
80403c56:	8522                	mv	a0,s0
80403c58:	4422                	lw	s0,8(sp)
80403c5a:	0141                	add	sp,sp,16
80403c5c:	8082                	ret
80403c5e:	80407537          	lui	a0,0x80407
80403c62:	85a2                	mv	a1,s0
80403c64:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
80403c68:	ffdfd0ef          	jal	80401c64 <panic>

80403c6c <arch_pt_alloc>:
80403c6c:	1141                	add	sp,sp,-16
80403c6e:	c422                	sw	s0,8(sp)
80403c70:	c606                	sw	ra,12(sp)
80403c72:	bc1fd0ef          	jal	80401832 <kalloc>
80403c76:	842a                	mv	s0,a0
80403c78:	c915                	beqz	a0,80403cac <arch_pt_alloc+0x40>
80403c7a:	4581                	li	a1,0
80403c7c:	be7ff0ef          	jal	80403862 <kmap_set_writable>
80403c80:	800007b7          	lui	a5,0x80000
80403c84:	97a2                	add	a5,a5,s0
80403c86:	83b1                	srl	a5,a5,0xc
80403c88:	02045763          	bgez	s0,80403cb6 <arch_pt_alloc+0x4a>
80403c8c:	80428737          	lui	a4,0x80428
80403c90:	08072703          	lw	a4,128(a4) # 80428080 <nr_pages>
80403c94:	02e7f163          	bgeu	a5,a4,80403cb6 <arch_pt_alloc+0x4a>
80403c98:	80428737          	lui	a4,0x80428
80403c9c:	08472703          	lw	a4,132(a4) # 80428084 <p2m>
80403ca0:	078a                	sll	a5,a5,0x2
80403ca2:	4501                	li	a0,0
80403ca4:	97ba                	add	a5,a5,a4
80403ca6:	438c                	lw	a1,0(a5)
80403ca8:	ac1ff0ef          	jal	80403768 <mmuext>
80403cac:	40b2                	lw	ra,12(sp)
80403cae:	8522                	mv	a0,s0
80403cb0:	4422                	lw	s0,8(sp)
80403cb2:	0141                	add	sp,sp,16
80403cb4:	8082                	ret
80403cb6:	80407537          	lui	a0,0x80407
80403cba:	85a2                	mv	a1,s0
80403cbc:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
80403cc0:	fa5fd0ef          	jal	80401c64 <panic>

80403cc4 <arch_pt_unpin>:
80403cc4:	804287b7          	lui	a5,0x80428
80403cc8:	0707a783          	lw	a5,112(a5) # 80428070 <active_user>
80403ccc:	1101                	add	sp,sp,-32
80403cce:	ce06                	sw	ra,28(sp)
80403cd0:	08a78663          	beq	a5,a0,80403d5c <arch_pt_unpin+0x98>
80403cd4:	80428337          	lui	t1,0x80428
80403cd8:	06832683          	lw	a3,104(t1) # 80428068 <unpinned>
80403cdc:	20000793          	li	a5,512
80403ce0:	882a                	mv	a6,a0
80403ce2:	804f4737          	lui	a4,0x804f4
80403ce6:	04f68363          	beq	a3,a5,80403d2c <arch_pt_unpin+0x68>
80403cea:	00369793          	sll	a5,a3,0x3
80403cee:	8cc70713          	add	a4,a4,-1844 # 804f38cc <unpins>
80403cf2:	973e                	add	a4,a4,a5
80403cf4:	4611                	li	a2,4
80403cf6:	800007b7          	lui	a5,0x80000
80403cfa:	97c2                	add	a5,a5,a6
80403cfc:	c310                	sw	a2,0(a4)
80403cfe:	83b1                	srl	a5,a5,0xc
80403d00:	04085763          	bgez	a6,80403d4e <arch_pt_unpin+0x8a>
80403d04:	80428637          	lui	a2,0x80428
80403d08:	08062603          	lw	a2,128(a2) # 80428080 <nr_pages>
80403d0c:	04c7f163          	bgeu	a5,a2,80403d4e <arch_pt_unpin+0x8a>
80403d10:	80428637          	lui	a2,0x80428
80403d14:	08462603          	lw	a2,132(a2) # 80428084 <p2m>
80403d18:	078a                	sll	a5,a5,0x2
80403d1a:	40f2                	lw	ra,28(sp)
80403d1c:	97b2                	add	a5,a5,a2
80403d1e:	439c                	lw	a5,0(a5)
80403d20:	0685                	add	a3,a3,1
80403d22:	06d32423          	sw	a3,104(t1)
80403d26:	c35c                	sw	a5,4(a4)
80403d28:	6105                	add	sp,sp,32
80403d2a:	8082                	ret
80403d2c:	66a1                	lui	a3,0x8
80403d2e:	c602                	sw	zero,12(sp)
80403d30:	8cc70513          	add	a0,a4,-1844
80403d34:	20000593          	li	a1,512
80403d38:	0070                	add	a2,sp,12
80403d3a:	16c1                	add	a3,a3,-16 # 7ff0 <_entry-0x803f8010>
80403d3c:	48e9                	li	a7,26
80403d3e:	00000073          	ecall
80403d42:	02054363          	bltz	a0,80403d68 <arch_pt_unpin+0xa4>
80403d46:	06032423          	sw	zero,104(t1)
80403d4a:	4681                	li	a3,0
80403d4c:	bf79                	j	80403cea <arch_pt_unpin+0x26>
80403d4e:	80407537          	lui	a0,0x80407
80403d52:	85c2                	mv	a1,a6
80403d54:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
80403d58:	f0dfd0ef          	jal	80401c64 <panic>
80403d5c:	80407537          	lui	a0,0x80407
80403d60:	94850513          	add	a0,a0,-1720 # 80406948 <names.0+0x424>
80403d64:	f01fd0ef          	jal	80401c64 <panic>
80403d68:	4632                	lw	a2,12(sp)
80403d6a:	06832683          	lw	a3,104(t1)
80403d6e:	4581                	li	a1,0
80403d70:	00d67363          	bgeu	a2,a3,80403d76 <arch_pt_unpin+0xb2>
80403d74:	85b2                	mv	a1,a2
80403d76:	8cc70793          	add	a5,a4,-1844
80403d7a:	058e                	sll	a1,a1,0x3
80403d7c:	97ae                	add	a5,a5,a1
80403d7e:	43d8                	lw	a4,4(a5)
80403d80:	85aa                	mv	a1,a0
80403d82:	80406537          	lui	a0,0x80406
80403d86:	7e850513          	add	a0,a0,2024 # 804067e8 <names.0+0x2c4>
80403d8a:	edbfd0ef          	jal	80401c64 <panic>

80403d8e <arch_pt_free>:
80403d8e:	1101                	add	sp,sp,-32
80403d90:	c452                	sw	s4,8(sp)
80403d92:	80428a37          	lui	s4,0x80428
80403d96:	cc22                	sw	s0,24(sp)
80403d98:	064a2403          	lw	s0,100(s4) # 80428064 <nfreed>
80403d9c:	c64e                	sw	s3,12(sp)
80403d9e:	ce06                	sw	ra,28(sp)
80403da0:	ca26                	sw	s1,20(sp)
80403da2:	c84a                	sw	s2,16(sp)
80403da4:	04000793          	li	a5,64
80403da8:	89aa                	mv	s3,a0
80403daa:	02f40a63          	beq	s0,a5,80403dde <arch_pt_free+0x50>
80403dae:	804f34b7          	lui	s1,0x804f3
80403db2:	00140913          	add	s2,s0,1
80403db6:	7cc48493          	add	s1,s1,1996 # 804f37cc <freed>
80403dba:	854e                	mv	a0,s3
80403dbc:	4585                	li	a1,1
80403dbe:	aa5ff0ef          	jal	80403862 <kmap_set_writable>
80403dc2:	040a                	sll	s0,s0,0x2
80403dc4:	94a2                	add	s1,s1,s0
80403dc6:	40f2                	lw	ra,28(sp)
80403dc8:	4462                	lw	s0,24(sp)
80403dca:	072a2223          	sw	s2,100(s4)
80403dce:	0134a023          	sw	s3,0(s1)
80403dd2:	4942                	lw	s2,16(sp)
80403dd4:	44d2                	lw	s1,20(sp)
80403dd6:	49b2                	lw	s3,12(sp)
80403dd8:	4a22                	lw	s4,8(sp)
80403dda:	6105                	add	sp,sp,32
80403ddc:	8082                	ret
80403dde:	804f3437          	lui	s0,0x804f3
80403de2:	7cc40493          	add	s1,s0,1996 # 804f37cc <freed>
80403de6:	8dbff0ef          	jal	804036c0 <flush>
80403dea:	7cc40413          	add	s0,s0,1996
80403dee:	4901                	li	s2,0
80403df0:	4008                	lw	a0,0(s0)
80403df2:	0905                	add	s2,s2,1
80403df4:	0411                	add	s0,s0,4
80403df6:	a67fd0ef          	jal	8040185c <kfree>
80403dfa:	064a2783          	lw	a5,100(s4)
80403dfe:	fef969e3          	bltu	s2,a5,80403df0 <arch_pt_free+0x62>
80403e02:	060a2223          	sw	zero,100(s4)
80403e06:	4905                	li	s2,1
80403e08:	4401                	li	s0,0
80403e0a:	bf45                	j	80403dba <arch_pt_free+0x2c>

80403e0c <arch_pt_link>:
80403e0c:	1141                	add	sp,sp,-16
80403e0e:	800007b7          	lui	a5,0x80000
80403e12:	c606                	sw	ra,12(sp)
80403e14:	c422                	sw	s0,8(sp)
80403e16:	c226                	sw	s1,4(sp)
80403e18:	c04a                	sw	s2,0(sp)
80403e1a:	00f50733          	add	a4,a0,a5
80403e1e:	08055763          	bgez	a0,80403eac <arch_pt_link+0xa0>
80403e22:	804286b7          	lui	a3,0x80428
80403e26:	0806a603          	lw	a2,128(a3) # 80428080 <nr_pages>
80403e2a:	8331                	srl	a4,a4,0xc
80403e2c:	08c77063          	bgeu	a4,a2,80403eac <arch_pt_link+0xa0>
80403e30:	804286b7          	lui	a3,0x80428
80403e34:	0846a683          	lw	a3,132(a3) # 80428084 <p2m>
80403e38:	070a                	sll	a4,a4,0x2
80403e3a:	0552                	sll	a0,a0,0x14
80403e3c:	9736                	add	a4,a4,a3
80403e3e:	4318                	lw	a4,0(a4)
80403e40:	8151                	srl	a0,a0,0x14
80403e42:	97ae                	add	a5,a5,a1
80403e44:	0732                	sll	a4,a4,0xc
80403e46:	00a76433          	or	s0,a4,a0
80403e4a:	83b1                	srl	a5,a5,0xc
80403e4c:	0405da63          	bgez	a1,80403ea0 <arch_pt_link+0x94>
80403e50:	04c7f863          	bgeu	a5,a2,80403ea0 <arch_pt_link+0x94>
80403e54:	078a                	sll	a5,a5,0x2
80403e56:	96be                	add	a3,a3,a5
80403e58:	4284                	lw	s1,0(a3)
80403e5a:	80428937          	lui	s2,0x80428
80403e5e:	06c92703          	lw	a4,108(s2) # 8042806c <batched>
80403e62:	04aa                	sll	s1,s1,0xa
80403e64:	20000793          	li	a5,512
80403e68:	0014e493          	or	s1,s1,1
80403e6c:	02f70563          	beq	a4,a5,80403e96 <arch_pt_link+0x8a>
80403e70:	804f57b7          	lui	a5,0x804f5
80403e74:	00371693          	sll	a3,a4,0x3
80403e78:	8cc78793          	add	a5,a5,-1844 # 804f48cc <batch>
80403e7c:	97b6                	add	a5,a5,a3
80403e7e:	c380                	sw	s0,0(a5)
80403e80:	0705                	add	a4,a4,1
80403e82:	4422                	lw	s0,8(sp)
80403e84:	40b2                	lw	ra,12(sp)
80403e86:	c3c4                	sw	s1,4(a5)
80403e88:	06e92623          	sw	a4,108(s2)
80403e8c:	4492                	lw	s1,4(sp)
80403e8e:	4902                	lw	s2,0(sp)
80403e90:	0141                	add	sp,sp,16
80403e92:	82fff06f          	j	804036c0 <flush>
80403e96:	82bff0ef          	jal	804036c0 <flush>
80403e9a:	06c92703          	lw	a4,108(s2)
80403e9e:	bfc9                	j	80403e70 <arch_pt_link+0x64>
80403ea0:	80407537          	lui	a0,0x80407
80403ea4:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
80403ea8:	dbdfd0ef          	jal	80401c64 <panic>
80403eac:	85aa                	mv	a1,a0
80403eae:	80407537          	lui	a0,0x80407
80403eb2:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
80403eb6:	daffd0ef          	jal	80401c64 <panic>

80403eba <arch_pt_set>:
80403eba:	1141                	add	sp,sp,-16
80403ebc:	800007b7          	lui	a5,0x80000
80403ec0:	c606                	sw	ra,12(sp)
80403ec2:	c422                	sw	s0,8(sp)
80403ec4:	c226                	sw	s1,4(sp)
80403ec6:	c04a                	sw	s2,0(sp)
80403ec8:	97aa                	add	a5,a5,a0
80403eca:	06055563          	bgez	a0,80403f34 <arch_pt_set+0x7a>
80403ece:	80428737          	lui	a4,0x80428
80403ed2:	08072703          	lw	a4,128(a4) # 80428080 <nr_pages>
80403ed6:	83b1                	srl	a5,a5,0xc
80403ed8:	04e7fe63          	bgeu	a5,a4,80403f34 <arch_pt_set+0x7a>
80403edc:	80428737          	lui	a4,0x80428
80403ee0:	08472703          	lw	a4,132(a4) # 80428084 <p2m>
80403ee4:	078a                	sll	a5,a5,0x2
80403ee6:	804284b7          	lui	s1,0x80428
80403eea:	97ba                	add	a5,a5,a4
80403eec:	4380                	lw	s0,0(a5)
80403eee:	06c4a703          	lw	a4,108(s1) # 8042806c <batched>
80403ef2:	0552                	sll	a0,a0,0x14
80403ef4:	0432                	sll	s0,s0,0xc
80403ef6:	8151                	srl	a0,a0,0x14
80403ef8:	20000793          	li	a5,512
80403efc:	892e                	mv	s2,a1
80403efe:	8c49                	or	s0,s0,a0
80403f00:	02f70563          	beq	a4,a5,80403f2a <arch_pt_set+0x70>
80403f04:	804f57b7          	lui	a5,0x804f5
80403f08:	00371693          	sll	a3,a4,0x3
80403f0c:	8cc78793          	add	a5,a5,-1844 # 804f48cc <batch>
80403f10:	97b6                	add	a5,a5,a3
80403f12:	40b2                	lw	ra,12(sp)
80403f14:	c380                	sw	s0,0(a5)
80403f16:	4422                	lw	s0,8(sp)
80403f18:	0705                	add	a4,a4,1
80403f1a:	0127a223          	sw	s2,4(a5)
80403f1e:	06e4a623          	sw	a4,108(s1)
80403f22:	4902                	lw	s2,0(sp)
80403f24:	4492                	lw	s1,4(sp)
80403f26:	0141                	add	sp,sp,16
80403f28:	8082                	ret
80403f2a:	f96ff0ef          	jal	804036c0 <flush>
80403f2e:	06c4a703          	lw	a4,108(s1)
80403f32:	bfc9                	j	80403f04 <arch_pt_set+0x4a>
80403f34:	85aa                	mv	a1,a0
80403f36:	80407537          	lui	a0,0x80407
80403f3a:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
80403f3e:	d27fd0ef          	jal	80401c64 <panic>

80403f42 <arch_pt_commit>:
80403f42:	1141                	add	sp,sp,-16
80403f44:	c04a                	sw	s2,0(sp)
80403f46:	c606                	sw	ra,12(sp)
80403f48:	c422                	sw	s0,8(sp)
80403f4a:	c226                	sw	s1,4(sp)
80403f4c:	80428937          	lui	s2,0x80428
80403f50:	f70ff0ef          	jal	804036c0 <flush>
80403f54:	06492783          	lw	a5,100(s2) # 80428064 <nfreed>
80403f58:	cf99                	beqz	a5,80403f76 <arch_pt_commit+0x34>
80403f5a:	804f3437          	lui	s0,0x804f3
80403f5e:	7cc40413          	add	s0,s0,1996 # 804f37cc <freed>
80403f62:	4481                	li	s1,0
80403f64:	4008                	lw	a0,0(s0)
80403f66:	0485                	add	s1,s1,1
80403f68:	0411                	add	s0,s0,4
80403f6a:	8f3fd0ef          	jal	8040185c <kfree>
80403f6e:	06492783          	lw	a5,100(s2)
80403f72:	fef4e9e3          	bltu	s1,a5,80403f64 <arch_pt_commit+0x22>
80403f76:	40b2                	lw	ra,12(sp)
80403f78:	4422                	lw	s0,8(sp)
80403f7a:	06092223          	sw	zero,100(s2)
80403f7e:	4492                	lw	s1,4(sp)
80403f80:	4902                	lw	s2,0(sp)
80403f82:	0141                	add	sp,sp,16
80403f84:	8082                	ret

80403f86 <arch_pte_leaf>:
80403f86:	800007b7          	lui	a5,0x80000
80403f8a:	97aa                	add	a5,a5,a0
80403f8c:	02055363          	bgez	a0,80403fb2 <arch_pte_leaf+0x2c>
80403f90:	80428737          	lui	a4,0x80428
80403f94:	08072703          	lw	a4,128(a4) # 80428080 <nr_pages>
80403f98:	83b1                	srl	a5,a5,0xc
80403f9a:	00e7fc63          	bgeu	a5,a4,80403fb2 <arch_pte_leaf+0x2c>
80403f9e:	80428737          	lui	a4,0x80428
80403fa2:	08472703          	lw	a4,132(a4) # 80428084 <p2m>
80403fa6:	078a                	sll	a5,a5,0x2
80403fa8:	97ba                	add	a5,a5,a4
80403faa:	4388                	lw	a0,0(a5)
80403fac:	052a                	sll	a0,a0,0xa
80403fae:	8d4d                	or	a0,a0,a1
80403fb0:	8082                	ret
80403fb2:	85aa                	mv	a1,a0
80403fb4:	80407537          	lui	a0,0x80407
80403fb8:	1141                	add	sp,sp,-16
80403fba:	88450513          	add	a0,a0,-1916 # 80406884 <names.0+0x360>
80403fbe:	c606                	sw	ra,12(sp)
80403fc0:	ca5fd0ef          	jal	80401c64 <panic>

80403fc4 <arch_pte_page>:
80403fc4:	8129                	srl	a0,a0,0xa
80403fc6:	823ff06f          	j	804037e8 <mfn_to_virt>

80403fca <timer_event>:
80403fca:	804287b7          	lui	a5,0x80428
80403fce:	4705                	li	a4,1
80403fd0:	08e7a423          	sw	a4,136(a5) # 80428088 <ticked>
80403fd4:	933fe06f          	j	80402906 <timer_intr>

80403fd8 <pv_trap_init>:
80403fd8:	80404537          	lui	a0,0x80404
80403fdc:	0a850513          	add	a0,a0,168 # 804040a8 <pv_trap_entry>
80403fe0:	4581                	li	a1,0
80403fe2:	4891                	li	a7,4
80403fe4:	00000073          	ecall
80403fe8:	00054363          	bltz	a0,80403fee <pv_trap_init+0x16>
80403fec:	8082                	ret
80403fee:	85aa                	mv	a1,a0
80403ff0:	80407537          	lui	a0,0x80407
80403ff4:	1141                	add	sp,sp,-16
80403ff6:	96450513          	add	a0,a0,-1692 # 80406964 <names.0+0x440>
80403ffa:	c606                	sw	ra,12(sp)
80403ffc:	c69fd0ef          	jal	80401c64 <panic>

80404000 <pv_timer_init>:
80404000:	1141                	add	sp,sp,-16
80404002:	c422                	sw	s0,8(sp)
80404004:	80428437          	lui	s0,0x80428
80404008:	08c40593          	add	a1,s0,140 # 8042808c <timer_port>
8040400c:	4501                	li	a0,0
8040400e:	c606                	sw	ra,12(sp)
80404010:	2f19                	jal	80404726 <evtchn_bind_virq>
80404012:	c519                	beqz	a0,80404020 <pv_timer_init+0x20>
80404014:	00054f63          	bltz	a0,80404032 <pv_timer_init+0x32>
80404018:	40b2                	lw	ra,12(sp)
8040401a:	4422                	lw	s0,8(sp)
8040401c:	0141                	add	sp,sp,16
8040401e:	8082                	ret
80404020:	08c42503          	lw	a0,140(s0)
80404024:	804045b7          	lui	a1,0x80404
80404028:	4601                	li	a2,0
8040402a:	fca58593          	add	a1,a1,-54 # 80403fca <timer_event>
8040402e:	23c5                	jal	8040460e <evtchn_bind>
80404030:	b7d5                	j	80404014 <pv_timer_init+0x14>
80404032:	85aa                	mv	a1,a0
80404034:	80407537          	lui	a0,0x80407
80404038:	97c50513          	add	a0,a0,-1668 # 8040697c <names.0+0x458>
8040403c:	c29fd0ef          	jal	80401c64 <panic>

80404040 <arch_interrupt>:
80404040:	800007b7          	lui	a5,0x80000
80404044:	07a5                	add	a5,a5,9 # 80000009 <_entry-0x3ffff7>
80404046:	00f50463          	beq	a0,a5,8040404e <arch_interrupt+0xe>
8040404a:	4501                	li	a0,0
8040404c:	8082                	ret
8040404e:	1141                	add	sp,sp,-16
80404050:	c422                	sw	s0,8(sp)
80404052:	80428437          	lui	s0,0x80428
80404056:	c606                	sw	ra,12(sp)
80404058:	08042423          	sw	zero,136(s0) # 80428088 <ticked>
8040405c:	2bd9                	jal	80404632 <evtchn_do_upcall>
8040405e:	08842503          	lw	a0,136(s0)
80404062:	40b2                	lw	ra,12(sp)
80404064:	4422                	lw	s0,8(sp)
80404066:	0141                	add	sp,sp,16
80404068:	8082                	ret

8040406a <arch_idle>:
8040406a:	af1d                	j	804047a0 <pv_block>

8040406c <arch_set_timer>:
8040406c:	48bd                	li	a7,15
8040406e:	00000073          	ecall
80404072:	00054363          	bltz	a0,80404078 <arch_set_timer+0xc>
80404076:	8082                	ret
80404078:	85aa                	mv	a1,a0
8040407a:	80407537          	lui	a0,0x80407
8040407e:	1141                	add	sp,sp,-16
80404080:	9b050513          	add	a0,a0,-1616 # 804069b0 <names.0+0x48c>
80404084:	c606                	sw	ra,12(sp)
80404086:	bdffd0ef          	jal	80401c64 <panic>

8040408a <arch_user_return>:
8040408a:	804287b7          	lui	a5,0x80428
8040408e:	0947a703          	lw	a4,148(a5) # 80428094 <pv_shared_info>
80404092:	1141                	add	sp,sp,-16
80404094:	c606                	sw	ra,12(sp)
80404096:	09050693          	add	a3,a0,144
8040409a:	db54                	sw	a3,52(a4)
8040409c:	02000713          	li	a4,32
804040a0:	08e52223          	sw	a4,132(a0)
804040a4:	2069                	jal	8040412e <pv_iret>
	...

804040a8 <pv_trap_entry>:
804040a8:	7175                	add	sp,sp,-144
804040aa:	c206                	sw	ra,4(sp)
804040ac:	c60e                	sw	gp,12(sp)
804040ae:	c812                	sw	tp,16(sp)
804040b0:	ca16                	sw	t0,20(sp)
804040b2:	cc1a                	sw	t1,24(sp)
804040b4:	ce1e                	sw	t2,28(sp)
804040b6:	d022                	sw	s0,32(sp)
804040b8:	d226                	sw	s1,36(sp)
804040ba:	d42a                	sw	a0,40(sp)
804040bc:	d62e                	sw	a1,44(sp)
804040be:	d832                	sw	a2,48(sp)
804040c0:	da36                	sw	a3,52(sp)
804040c2:	dc3a                	sw	a4,56(sp)
804040c4:	de3e                	sw	a5,60(sp)
804040c6:	c0c2                	sw	a6,64(sp)
804040c8:	c2c6                	sw	a7,68(sp)
804040ca:	c4ca                	sw	s2,72(sp)
804040cc:	c6ce                	sw	s3,76(sp)
804040ce:	c8d2                	sw	s4,80(sp)
804040d0:	cad6                	sw	s5,84(sp)
804040d2:	ccda                	sw	s6,88(sp)
804040d4:	cede                	sw	s7,92(sp)
804040d6:	d0e2                	sw	s8,96(sp)
804040d8:	d2e6                	sw	s9,100(sp)
804040da:	d4ea                	sw	s10,104(sp)
804040dc:	d6ee                	sw	s11,108(sp)
804040de:	d8f2                	sw	t3,112(sp)
804040e0:	daf6                	sw	t4,116(sp)
804040e2:	dcfa                	sw	t5,120(sp)
804040e4:	defe                	sw	t6,124(sp)
804040e6:	00024297          	auipc	t0,0x24
804040ea:	fae2a283          	lw	t0,-82(t0) # 80428094 <pv_shared_info>
804040ee:	0202a303          	lw	t1,32(t0)
804040f2:	c11a                	sw	t1,128(sp)
804040f4:	0242a303          	lw	t1,36(t0)
804040f8:	c51a                	sw	t1,136(sp)
804040fa:	0282a303          	lw	t1,40(t0)
804040fe:	c71a                	sw	t1,140(sp)
80404100:	02c2a303          	lw	t1,44(t0)
80404104:	c31a                	sw	t1,132(sp)
80404106:	10037313          	and	t1,t1,256
8040410a:	00031963          	bnez	t1,8040411c <from_kernel>
8040410e:	0302a303          	lw	t1,48(t0)
80404112:	c41a                	sw	t1,8(sp)
80404114:	850a                	mv	a0,sp
80404116:	931fe0ef          	jal	80402a46 <user_trap>
8040411a:	a001                	j	8040411a <pv_trap_entry+0x72>

8040411c <from_kernel>:
8040411c:	09010313          	add	t1,sp,144
80404120:	c41a                	sw	t1,8(sp)
80404122:	850a                	mv	a0,sp
80404124:	9b5fe0ef          	jal	80402ad8 <kernel_trap>
80404128:	850a                	mv	a0,sp
8040412a:	0040006f          	j	8040412e <pv_iret>

8040412e <pv_iret>:
8040412e:	00024297          	auipc	t0,0x24
80404132:	f662a283          	lw	t0,-154(t0) # 80428094 <pv_shared_info>
80404136:	08052303          	lw	t1,128(a0)
8040413a:	0262a023          	sw	t1,32(t0)
8040413e:	08452303          	lw	t1,132(a0)
80404142:	0262a623          	sw	t1,44(t0)
80404146:	04452303          	lw	t1,68(a0)
8040414a:	0262ac23          	sw	t1,56(t0)
8040414e:	00452083          	lw	ra,4(a0)
80404152:	00852103          	lw	sp,8(a0)
80404156:	00c52183          	lw	gp,12(a0)
8040415a:	01052203          	lw	tp,16(a0)
8040415e:	01452283          	lw	t0,20(a0)
80404162:	01852303          	lw	t1,24(a0)
80404166:	01c52383          	lw	t2,28(a0)
8040416a:	5100                	lw	s0,32(a0)
8040416c:	5144                	lw	s1,36(a0)
8040416e:	554c                	lw	a1,44(a0)
80404170:	5910                	lw	a2,48(a0)
80404172:	5954                	lw	a3,52(a0)
80404174:	5d18                	lw	a4,56(a0)
80404176:	5d5c                	lw	a5,60(a0)
80404178:	04052803          	lw	a6,64(a0)
8040417c:	04852903          	lw	s2,72(a0)
80404180:	04c52983          	lw	s3,76(a0)
80404184:	05052a03          	lw	s4,80(a0)
80404188:	05452a83          	lw	s5,84(a0)
8040418c:	05852b03          	lw	s6,88(a0)
80404190:	05c52b83          	lw	s7,92(a0)
80404194:	06052c03          	lw	s8,96(a0)
80404198:	06452c83          	lw	s9,100(a0)
8040419c:	06852d03          	lw	s10,104(a0)
804041a0:	06c52d83          	lw	s11,108(a0)
804041a4:	07052e03          	lw	t3,112(a0)
804041a8:	07452e83          	lw	t4,116(a0)
804041ac:	07852f03          	lw	t5,120(a0)
804041b0:	07c52f83          	lw	t6,124(a0)
804041b4:	5508                	lw	a0,40(a0)
804041b6:	48dd                	li	a7,23
804041b8:	00000073          	ecall
804041bc:	a001                	j	804041bc <pv_iret+0x8e>

804041be <blkfront_event>:
804041be:	8082                	ret

804041c0 <wait_response>:
804041c0:	1101                	add	sp,sp,-32
804041c2:	cc22                	sw	s0,24(sp)
804041c4:	ce06                	sw	ra,28(sp)
804041c6:	842a                	mv	s0,a0
804041c8:	401c                	lw	a5,0(s0)
804041ca:	0087a803          	lw	a6,8(a5)
804041ce:	0220000f          	fence	r,r
804041d2:	4010                	lw	a2,0(s0)
804041d4:	4418                	lw	a4,8(s0)
804041d6:	02e80863          	beq	a6,a4,80404206 <wait_response+0x46>
804041da:	445c                	lw	a5,12(s0)
804041dc:	4814                	lw	a3,16(s0)
804041de:	17fd                	add	a5,a5,-1
804041e0:	8ff9                	and	a5,a5,a4
804041e2:	02d787b3          	mul	a5,a5,a3
804041e6:	0705                	add	a4,a4,1
804041e8:	04078793          	add	a5,a5,64
804041ec:	97b2                	add	a5,a5,a2
804041ee:	4394                	lw	a3,0(a5)
804041f0:	0067d503          	lhu	a0,6(a5)
804041f4:	c418                	sw	a4,8(s0)
804041f6:	0542                	sll	a0,a0,0x10
804041f8:	8541                	sra	a0,a0,0x10
804041fa:	fcb69ee3          	bne	a3,a1,804041d6 <wait_response+0x16>
804041fe:	40f2                	lw	ra,28(sp)
80404200:	4462                	lw	s0,24(sp)
80404202:	6105                	add	sp,sp,32
80404204:	8082                	ret
80404206:	4618                	lw	a4,8(a2)
80404208:	0220000f          	fence	r,r
8040420c:	441c                	lw	a5,8(s0)
8040420e:	fae79de3          	bne	a5,a4,804041c8 <wait_response+0x8>
80404212:	4018                	lw	a4,0(s0)
80404214:	0785                	add	a5,a5,1
80404216:	c75c                	sw	a5,12(a4)
80404218:	0330000f          	fence	rw,rw
8040421c:	401c                	lw	a5,0(s0)
8040421e:	479c                	lw	a5,8(a5)
80404220:	0220000f          	fence	r,r
80404224:	4418                	lw	a4,8(s0)
80404226:	faf711e3          	bne	a4,a5,804041c8 <wait_response+0x8>
8040422a:	5c7c                	lw	a5,124(s0)
8040422c:	c62e                	sw	a1,12(sp)
8040422e:	9782                	jalr	a5
80404230:	45b2                	lw	a1,12(sp)
80404232:	bf59                	j	804041c8 <wait_response+0x8>

80404234 <transfer>:
80404234:	715d                	add	sp,sp,-80
80404236:	c686                	sw	ra,76(sp)
80404238:	c4a2                	sw	s0,72(sp)
8040423a:	c2a6                	sw	s1,68(sp)
8040423c:	c0ca                	sw	s2,64(sp)
8040423e:	de4e                	sw	s3,60(sp)
80404240:	dc52                	sw	s4,56(sp)
80404242:	da56                	sw	s5,52(sp)
80404244:	d85a                	sw	s6,48(sp)
80404246:	d65e                	sw	s7,44(sp)
80404248:	d462                	sw	s8,40(sp)
8040424a:	d266                	sw	s9,36(sp)
8040424c:	d06a                	sw	s10,32(sp)
8040424e:	ce6e                	sw	s11,28(sp)
80404250:	c22e                	sw	a1,4(sp)
80404252:	16060a63          	beqz	a2,804043c6 <transfer+0x192>
80404256:	04c50793          	add	a5,a0,76
8040425a:	8b32                	mv	s6,a2
8040425c:	842a                	mv	s0,a0
8040425e:	8bb6                	mv	s7,a3
80404260:	8aba                	mv	s5,a4
80404262:	c43e                	sw	a5,8(sp)
80404264:	4921                	li	s2,8
80404266:	6985                	lui	s3,0x1
80404268:	05800793          	li	a5,88
8040426c:	8a5a                	mv	s4,s6
8040426e:	0167f463          	bgeu	a5,s6,80404276 <transfer+0x42>
80404272:	05800a13          	li	s4,88
80404276:	007a0493          	add	s1,s4,7
8040427a:	808d                	srl	s1,s1,0x3
8040427c:	040a8163          	beqz	s5,804042be <transfer+0x8a>
80404280:	00349d93          	sll	s11,s1,0x3
80404284:	02040c13          	add	s8,s0,32
80404288:	8d56                	mv	s10,s5
8040428a:	41ba0db3          	sub	s11,s4,s11
8040428e:	8cd2                	mv	s9,s4
80404290:	85ea                	mv	a1,s10
80404292:	8666                	mv	a2,s9
80404294:	01997363          	bgeu	s2,s9,8040429a <transfer+0x66>
80404298:	4621                	li	a2,8
8040429a:	000c2503          	lw	a0,0(s8)
8040429e:	0626                	sll	a2,a2,0x9
804042a0:	1ce1                	add	s9,s9,-8
804042a2:	fc5fd0ef          	jal	80402266 <memcpy>
804042a6:	0c11                	add	s8,s8,4
804042a8:	9d4e                	add	s10,s10,s3
804042aa:	ff9d93e3          	bne	s11,s9,80404290 <transfer+0x5c>
804042ae:	4458                	lw	a4,12(s0)
804042b0:	441c                	lw	a5,8(s0)
804042b2:	4054                	lw	a3,4(s0)
804042b4:	97ba                	add	a5,a5,a4
804042b6:	00d79a63          	bne	a5,a3,804042ca <transfer+0x96>
804042ba:	5c7c                	lw	a5,124(s0)
804042bc:	9782                	jalr	a5
804042be:	4458                	lw	a4,12(s0)
804042c0:	441c                	lw	a5,8(s0)
804042c2:	4054                	lw	a3,4(s0)
804042c4:	97ba                	add	a5,a5,a4
804042c6:	fed78ae3          	beq	a5,a3,804042ba <transfer+0x86>
804042ca:	4810                	lw	a2,16(s0)
804042cc:	fff70793          	add	a5,a4,-1
804042d0:	8ff5                	and	a5,a5,a3
804042d2:	02c787b3          	mul	a5,a5,a2
804042d6:	00042803          	lw	a6,0(s0)
804042da:	05000613          	li	a2,80
804042de:	4581                	li	a1,0
804042e0:	04078793          	add	a5,a5,64
804042e4:	00f80db3          	add	s11,a6,a5
804042e8:	856e                	mv	a0,s11
804042ea:	f3bfd0ef          	jal	80402224 <memset>
804042ee:	5c2c                	lw	a1,120(s0)
804042f0:	0ff4f713          	zext.b	a4,s1
804042f4:	0722                	sll	a4,a4,0x8
804042f6:	00158693          	add	a3,a1,1
804042fa:	015037b3          	snez	a5,s5
804042fe:	dc34                	sw	a3,120(s0)
80404300:	8fd9                	or	a5,a5,a4
80404302:	00fd9023          	sh	a5,0(s11)
80404306:	4792                	lw	a5,4(sp)
80404308:	4522                	lw	a0,8(sp)
8040430a:	03848713          	add	a4,s1,56
8040430e:	00fda423          	sw	a5,8(s11)
80404312:	000d9123          	sh	zero,2(s11)
80404316:	00bda223          	sw	a1,4(s11)
8040431a:	00cd8613          	add	a2,s11,12
8040431e:	038d8793          	add	a5,s11,56
80404322:	00ed8833          	add	a6,s11,a4
80404326:	86d2                	mv	a3,s4
80404328:	00052883          	lw	a7,0(a0)
8040432c:	8736                	mv	a4,a3
8040432e:	0511                	add	a0,a0,4
80404330:	01162023          	sw	a7,0(a2)
80404334:	00078023          	sb	zero,0(a5)
80404338:	00d97363          	bgeu	s2,a3,8040433e <transfer+0x10a>
8040433c:	4721                	li	a4,8
8040433e:	177d                	add	a4,a4,-1
80404340:	00e785a3          	sb	a4,11(a5)
80404344:	0785                	add	a5,a5,1
80404346:	0611                	add	a2,a2,4
80404348:	16e1                	add	a3,a3,-8
8040434a:	fcf81fe3          	bne	a6,a5,80404328 <transfer+0xf4>
8040434e:	405c                	lw	a5,4(s0)
80404350:	4018                	lw	a4,0(s0)
80404352:	0785                	add	a5,a5,1
80404354:	c05c                	sw	a5,4(s0)
80404356:	4318                	lw	a4,0(a4)
80404358:	0110000f          	fence	w,w
8040435c:	4014                	lw	a3,0(s0)
8040435e:	c29c                	sw	a5,0(a3)
80404360:	0330000f          	fence	rw,rw
80404364:	4014                	lw	a3,0(s0)
80404366:	40e78733          	sub	a4,a5,a4
8040436a:	42d4                	lw	a3,4(a3)
8040436c:	8f95                	sub	a5,a5,a3
8040436e:	06e7ec63          	bltu	a5,a4,804043e6 <transfer+0x1b2>
80404372:	8522                	mv	a0,s0
80404374:	e4dff0ef          	jal	804041c0 <wait_response>
80404378:	080b8063          	beqz	s7,804043f8 <transfer+0x1c4>
8040437c:	e531                	bnez	a0,804043c8 <transfer+0x194>
8040437e:	048e                	sll	s1,s1,0x3
80404380:	409a0db3          	sub	s11,s4,s1
80404384:	02040d13          	add	s10,s0,32
80404388:	8cde                	mv	s9,s7
8040438a:	84d2                	mv	s1,s4
8040438c:	8566                	mv	a0,s9
8040438e:	8626                	mv	a2,s1
80404390:	00997363          	bgeu	s2,s1,80404396 <transfer+0x162>
80404394:	4621                	li	a2,8
80404396:	000d2583          	lw	a1,0(s10)
8040439a:	0626                	sll	a2,a2,0x9
8040439c:	14e1                	add	s1,s1,-8
8040439e:	ec9fd0ef          	jal	80402266 <memcpy>
804043a2:	0d11                	add	s10,s10,4
804043a4:	9cce                	add	s9,s9,s3
804043a6:	fe9d93e3          	bne	s11,s1,8040438c <transfer+0x158>
804043aa:	4712                	lw	a4,4(sp)
804043ac:	009a1793          	sll	a5,s4,0x9
804043b0:	414b0b33          	sub	s6,s6,s4
804043b4:	9752                	add	a4,a4,s4
804043b6:	c23a                	sw	a4,4(sp)
804043b8:	9bbe                	add	s7,s7,a5
804043ba:	000a8463          	beqz	s5,804043c2 <transfer+0x18e>
804043be:	0a26                	sll	s4,s4,0x9
804043c0:	9ad2                	add	s5,s5,s4
804043c2:	ea0b13e3          	bnez	s6,80404268 <transfer+0x34>
804043c6:	4501                	li	a0,0
804043c8:	40b6                	lw	ra,76(sp)
804043ca:	4426                	lw	s0,72(sp)
804043cc:	4496                	lw	s1,68(sp)
804043ce:	4906                	lw	s2,64(sp)
804043d0:	59f2                	lw	s3,60(sp)
804043d2:	5a62                	lw	s4,56(sp)
804043d4:	5ad2                	lw	s5,52(sp)
804043d6:	5b42                	lw	s6,48(sp)
804043d8:	5bb2                	lw	s7,44(sp)
804043da:	5c22                	lw	s8,40(sp)
804043dc:	5c92                	lw	s9,36(sp)
804043de:	5d02                	lw	s10,32(sp)
804043e0:	4df2                	lw	s11,28(sp)
804043e2:	6161                	add	sp,sp,80
804043e4:	8082                	ret
804043e6:	4848                	lw	a0,20(s0)
804043e8:	c62e                	sw	a1,12(sp)
804043ea:	2625                	jal	80404712 <evtchn_send>
804043ec:	45b2                	lw	a1,12(sp)
804043ee:	8522                	mv	a0,s0
804043f0:	dd1ff0ef          	jal	804041c0 <wait_response>
804043f4:	f80b94e3          	bnez	s7,8040437c <transfer+0x148>
804043f8:	f961                	bnez	a0,804043c8 <transfer+0x194>
804043fa:	4792                	lw	a5,4(sp)
804043fc:	414b0b33          	sub	s6,s6,s4
80404400:	97d2                	add	a5,a5,s4
80404402:	c23e                	sw	a5,4(sp)
80404404:	bf5d                	j	804043ba <transfer+0x186>

80404406 <blkfront_probe>:
80404406:	862e                	mv	a2,a1
80404408:	804065b7          	lui	a1,0x80406
8040440c:	56458593          	add	a1,a1,1380 # 80406564 <names.0+0x40>
80404410:	15b0006f          	j	80404d6a <xs_read_u32>

80404414 <blkfront_connect>:
80404414:	7179                	add	sp,sp,-48
80404416:	d226                	sw	s1,36(sp)
80404418:	84ae                	mv	s1,a1
8040441a:	804065b7          	lui	a1,0x80406
8040441e:	ce4e                	sw	s3,28(sp)
80404420:	cc52                	sw	s4,24(sp)
80404422:	89aa                	mv	s3,a0
80404424:	8a32                	mv	s4,a2
80404426:	56458593          	add	a1,a1,1380 # 80406564 <names.0+0x40>
8040442a:	01c50613          	add	a2,a0,28
8040442e:	8526                	mv	a0,s1
80404430:	d422                	sw	s0,40(sp)
80404432:	d606                	sw	ra,44(sp)
80404434:	d04a                	sw	s2,32(sp)
80404436:	ca56                	sw	s5,20(sp)
80404438:	8436                	mv	s0,a3
8040443a:	131000ef          	jal	80404d6a <xs_read_u32>
8040443e:	0a054d63          	bltz	a0,804044f8 <blkfront_connect+0xe4>
80404442:	000a2583          	lw	a1,0(s4)
80404446:	4785                	li	a5,1
80404448:	06f9ac23          	sw	a5,120(s3) # 1078 <_entry-0x803fef88>
8040444c:	0689ae23          	sw	s0,124(s3)
80404450:	c1dc                	sw	a5,4(a1)
80404452:	c5dc                	sw	a5,12(a1)
80404454:	0005a023          	sw	zero,0(a1)
80404458:	0005a423          	sw	zero,8(a1)
8040445c:	01058793          	add	a5,a1,16
80404460:	04058713          	add	a4,a1,64
80404464:	0007a023          	sw	zero,0(a5)
80404468:	0791                	add	a5,a5,4
8040446a:	fee79de3          	bne	a5,a4,80404464 <blkfront_connect+0x50>
8040446e:	02000793          	li	a5,32
80404472:	00f9a623          	sw	a5,12(s3)
80404476:	05000793          	li	a5,80
8040447a:	00b9a023          	sw	a1,0(s3)
8040447e:	0009a223          	sw	zero,4(s3)
80404482:	0009a423          	sw	zero,8(s3)
80404486:	00f9a823          	sw	a5,16(s3)
8040448a:	008a0413          	add	s0,s4,8
8040448e:	02098913          	add	s2,s3,32
80404492:	034a0a93          	add	s5,s4,52
80404496:	401c                	lw	a5,0(s0)
80404498:	544c                	lw	a1,44(s0)
8040449a:	4601                	li	a2,0
8040449c:	00f92023          	sw	a5,0(s2)
804044a0:	4501                	li	a0,0
804044a2:	2e59                	jal	80404838 <gnttab_grant_access>
804044a4:	0411                	add	s0,s0,4
804044a6:	04054963          	bltz	a0,804044f8 <blkfront_connect+0xe4>
804044aa:	02a92623          	sw	a0,44(s2)
804044ae:	0911                	add	s2,s2,4
804044b0:	ff5413e3          	bne	s0,s5,80404496 <blkfront_connect+0x82>
804044b4:	004a2583          	lw	a1,4(s4)
804044b8:	4601                	li	a2,0
804044ba:	4501                	li	a0,0
804044bc:	2eb5                	jal	80404838 <gnttab_grant_access>
804044be:	02054d63          	bltz	a0,804044f8 <blkfront_connect+0xe4>
804044c2:	00a9ac23          	sw	a0,24(s3)
804044c6:	01498593          	add	a1,s3,20
804044ca:	4501                	li	a0,0
804044cc:	2c49                	jal	8040475e <evtchn_alloc_unbound>
804044ce:	02054563          	bltz	a0,804044f8 <blkfront_connect+0xe4>
804044d2:	0149a503          	lw	a0,20(s3)
804044d6:	804045b7          	lui	a1,0x80404
804044da:	864e                	mv	a2,s3
804044dc:	1be58593          	add	a1,a1,446 # 804041be <blkfront_event>
804044e0:	223d                	jal	8040460e <evtchn_bind>
804044e2:	e919                	bnez	a0,804044f8 <blkfront_connect+0xe4>
804044e4:	0189a603          	lw	a2,24(s3)
804044e8:	804075b7          	lui	a1,0x80407
804044ec:	9c858593          	add	a1,a1,-1592 # 804069c8 <names.0+0x4a4>
804044f0:	8526                	mv	a0,s1
804044f2:	161000ef          	jal	80404e52 <xs_write_u32>
804044f6:	c911                	beqz	a0,8040450a <blkfront_connect+0xf6>
804044f8:	50b2                	lw	ra,44(sp)
804044fa:	5422                	lw	s0,40(sp)
804044fc:	5492                	lw	s1,36(sp)
804044fe:	5902                	lw	s2,32(sp)
80404500:	49f2                	lw	s3,28(sp)
80404502:	4a62                	lw	s4,24(sp)
80404504:	4ad2                	lw	s5,20(sp)
80404506:	6145                	add	sp,sp,48
80404508:	8082                	ret
8040450a:	0149a603          	lw	a2,20(s3)
8040450e:	804075b7          	lui	a1,0x80407
80404512:	9e058593          	add	a1,a1,-1568 # 804069e0 <names.0+0x4bc>
80404516:	8526                	mv	a0,s1
80404518:	13b000ef          	jal	80404e52 <xs_write_u32>
8040451c:	fd71                	bnez	a0,804044f8 <blkfront_connect+0xe4>
8040451e:	804075b7          	lui	a1,0x80407
80404522:	460d                	li	a2,3
80404524:	9fc58593          	add	a1,a1,-1540 # 804069fc <names.0+0x4d8>
80404528:	8526                	mv	a0,s1
8040452a:	129000ef          	jal	80404e52 <xs_write_u32>
8040452e:	c602                	sw	zero,12(sp)
80404530:	f561                	bnez	a0,804044f8 <blkfront_connect+0xe4>
80404532:	804075b7          	lui	a1,0x80407
80404536:	0070                	add	a2,sp,12
80404538:	a1058593          	add	a1,a1,-1520 # 80406a10 <names.0+0x4ec>
8040453c:	8526                	mv	a0,s1
8040453e:	02d000ef          	jal	80404d6a <xs_read_u32>
80404542:	f95d                	bnez	a0,804044f8 <blkfront_connect+0xe4>
80404544:	4732                	lw	a4,12(sp)
80404546:	4791                	li	a5,4
80404548:	faf708e3          	beq	a4,a5,804044f8 <blkfront_connect+0xe4>
8040454c:	5529                	li	a0,-22
8040454e:	b76d                	j	804044f8 <blkfront_connect+0xe4>

80404550 <blkfront_read>:
80404550:	4701                	li	a4,0
80404552:	ce3ff06f          	j	80404234 <transfer>

80404556 <blkfront_write>:
80404556:	8736                	mv	a4,a3
80404558:	4681                	li	a3,0
8040455a:	cdbff06f          	j	80404234 <transfer>

8040455e <blkfront_flush>:
8040455e:	455c                	lw	a5,12(a0)
80404560:	4154                	lw	a3,4(a0)
80404562:	4918                	lw	a4,16(a0)
80404564:	17fd                	add	a5,a5,-1
80404566:	8ff5                	and	a5,a5,a3
80404568:	02e787b3          	mul	a5,a5,a4
8040456c:	1101                	add	sp,sp,-32
8040456e:	ca26                	sw	s1,20(sp)
80404570:	4104                	lw	s1,0(a0)
80404572:	cc22                	sw	s0,24(sp)
80404574:	05000613          	li	a2,80
80404578:	842a                	mv	s0,a0
8040457a:	4581                	li	a1,0
8040457c:	ce06                	sw	ra,28(sp)
8040457e:	04078793          	add	a5,a5,64
80404582:	94be                	add	s1,s1,a5
80404584:	8526                	mv	a0,s1
80404586:	c9ffd0ef          	jal	80402224 <memset>
8040458a:	5c2c                	lw	a1,120(s0)
8040458c:	00158793          	add	a5,a1,1
80404590:	dc3c                	sw	a5,120(s0)
80404592:	478d                	li	a5,3
80404594:	00f49023          	sh	a5,0(s1)
80404598:	405c                	lw	a5,4(s0)
8040459a:	4018                	lw	a4,0(s0)
8040459c:	c0cc                	sw	a1,4(s1)
8040459e:	0785                	add	a5,a5,1
804045a0:	c05c                	sw	a5,4(s0)
804045a2:	4318                	lw	a4,0(a4)
804045a4:	0110000f          	fence	w,w
804045a8:	4014                	lw	a3,0(s0)
804045aa:	c29c                	sw	a5,0(a3)
804045ac:	0330000f          	fence	rw,rw
804045b0:	4014                	lw	a3,0(s0)
804045b2:	40e78733          	sub	a4,a5,a4
804045b6:	42d4                	lw	a3,4(a3)
804045b8:	8f95                	sub	a5,a5,a3
804045ba:	00e7e963          	bltu	a5,a4,804045cc <blkfront_flush+0x6e>
804045be:	8522                	mv	a0,s0
804045c0:	4462                	lw	s0,24(sp)
804045c2:	40f2                	lw	ra,28(sp)
804045c4:	44d2                	lw	s1,20(sp)
804045c6:	6105                	add	sp,sp,32
804045c8:	bf9ff06f          	j	804041c0 <wait_response>
804045cc:	4848                	lw	a0,20(s0)
804045ce:	c62e                	sw	a1,12(sp)
804045d0:	2289                	jal	80404712 <evtchn_send>
804045d2:	8522                	mv	a0,s0
804045d4:	4462                	lw	s0,24(sp)
804045d6:	45b2                	lw	a1,12(sp)
804045d8:	40f2                	lw	ra,28(sp)
804045da:	44d2                	lw	s1,20(sp)
804045dc:	6105                	add	sp,sp,32
804045de:	be3ff06f          	j	804041c0 <wait_response>

804045e2 <evtchn_init>:
804045e2:	80428737          	lui	a4,0x80428
804045e6:	804f67b7          	lui	a5,0x804f6
804045ea:	8cc78793          	add	a5,a5,-1844 # 804f58cc <handlers>
804045ee:	08a72a23          	sw	a0,148(a4) # 80428094 <pv_shared_info>
804045f2:	6709                	lui	a4,0x2
804045f4:	973e                	add	a4,a4,a5
804045f6:	0007a023          	sw	zero,0(a5)
804045fa:	0007a223          	sw	zero,4(a5)
804045fe:	07a1                	add	a5,a5,8
80404600:	fee79be3          	bne	a5,a4,804045f6 <evtchn_init+0x14>
80404604:	804287b7          	lui	a5,0x80428
80404608:	0807a823          	sw	zero,144(a5) # 80428090 <stray>
8040460c:	8082                	ret

8040460e <evtchn_bind>:
8040460e:	fff50713          	add	a4,a0,-1
80404612:	3fe00793          	li	a5,1022
80404616:	00e7ec63          	bltu	a5,a4,8040462e <evtchn_bind+0x20>
8040461a:	804f67b7          	lui	a5,0x804f6
8040461e:	050e                	sll	a0,a0,0x3
80404620:	8cc78793          	add	a5,a5,-1844 # 804f58cc <handlers>
80404624:	97aa                	add	a5,a5,a0
80404626:	c3d0                	sw	a2,4(a5)
80404628:	c38c                	sw	a1,0(a5)
8040462a:	4501                	li	a0,0
8040462c:	8082                	ret
8040462e:	5529                	li	a0,-22
80404630:	8082                	ret

80404632 <evtchn_do_upcall>:
80404632:	7179                	add	sp,sp,-48
80404634:	804287b7          	lui	a5,0x80428
80404638:	c65e                	sw	s7,12(sp)
8040463a:	0947ab83          	lw	s7,148(a5) # 80428094 <pv_shared_info>
8040463e:	cc52                	sw	s4,24(sp)
80404640:	804f6a37          	lui	s4,0x804f6
80404644:	c85a                	sw	s6,16(sp)
80404646:	c462                	sw	s8,8(sp)
80404648:	c266                	sw	s9,4(sp)
8040464a:	d606                	sw	ra,44(sp)
8040464c:	d422                	sw	s0,40(sp)
8040464e:	d226                	sw	s1,36(sp)
80404650:	d04a                	sw	s2,32(sp)
80404652:	ce4e                	sw	s3,28(sp)
80404654:	ca56                	sw	s5,20(sp)
80404656:	4c81                	li	s9,0
80404658:	004b8c13          	add	s8,s7,4
8040465c:	8cca0a13          	add	s4,s4,-1844 # 804f58cc <handlers>
80404660:	80428b37          	lui	s6,0x80428
80404664:	000b8023          	sb	zero,0(s7)
80404668:	0330000f          	fence	rw,rw
8040466c:	8ae6                	mv	s5,s9
8040466e:	0f50000f          	fence	iorw,ow
80404672:	0d5c2aaf          	amoswap.w.aq	s5,s5,(s8)
80404676:	4985                	li	s3,1
80404678:	060a8d63          	beqz	s5,804046f2 <evtchn_do_upcall+0xc0>
8040467c:	8556                	mv	a0,s5
8040467e:	073000ef          	jal	80404ef0 <__ctzsi2>
80404682:	01050413          	add	s0,a0,16
80404686:	040a                	sll	s0,s0,0x2
80404688:	08040913          	add	s2,s0,128
8040468c:	fffa8793          	add	a5,s5,-1
80404690:	00fafab3          	and	s5,s5,a5
80404694:	945e                	add	s0,s0,s7
80404696:	995e                	add	s2,s2,s7
80404698:	00551493          	sll	s1,a0,0x5
8040469c:	401c                	lw	a5,0(s0)
8040469e:	0ff0000f          	fence
804046a2:	00092503          	lw	a0,0(s2)
804046a6:	fff54513          	not	a0,a0
804046aa:	8d7d                	and	a0,a0,a5
804046ac:	d571                	beqz	a0,80404678 <evtchn_do_upcall+0x46>
804046ae:	043000ef          	jal	80404ef0 <__ctzsi2>
804046b2:	00a997b3          	sll	a5,s3,a0
804046b6:	fff7c793          	not	a5,a5
804046ba:	0f50000f          	fence	iorw,ow
804046be:	64f4202f          	amoand.w.aq	zero,a5,(s0)
804046c2:	9526                	add	a0,a0,s1
804046c4:	00351793          	sll	a5,a0,0x3
804046c8:	97d2                	add	a5,a5,s4
804046ca:	4398                	lw	a4,0(a5)
804046cc:	cf09                	beqz	a4,804046e6 <evtchn_do_upcall+0xb4>
804046ce:	43cc                	lw	a1,4(a5)
804046d0:	9702                	jalr	a4
804046d2:	401c                	lw	a5,0(s0)
804046d4:	0ff0000f          	fence
804046d8:	00092503          	lw	a0,0(s2)
804046dc:	fff54513          	not	a0,a0
804046e0:	8d7d                	and	a0,a0,a5
804046e2:	f571                	bnez	a0,804046ae <evtchn_do_upcall+0x7c>
804046e4:	bf51                	j	80404678 <evtchn_do_upcall+0x46>
804046e6:	090b2783          	lw	a5,144(s6) # 80428090 <stray>
804046ea:	0785                	add	a5,a5,1
804046ec:	08fb2823          	sw	a5,144(s6)
804046f0:	b775                	j	8040469c <evtchn_do_upcall+0x6a>
804046f2:	000bc783          	lbu	a5,0(s7)
804046f6:	f7bd                	bnez	a5,80404664 <evtchn_do_upcall+0x32>
804046f8:	50b2                	lw	ra,44(sp)
804046fa:	5422                	lw	s0,40(sp)
804046fc:	5492                	lw	s1,36(sp)
804046fe:	5902                	lw	s2,32(sp)
80404700:	49f2                	lw	s3,28(sp)
80404702:	4a62                	lw	s4,24(sp)
80404704:	4ad2                	lw	s5,20(sp)
80404706:	4b42                	lw	s6,16(sp)
80404708:	4bb2                	lw	s7,12(sp)
8040470a:	4c22                	lw	s8,8(sp)
8040470c:	4c92                	lw	s9,4(sp)
8040470e:	6145                	add	sp,sp,48
80404710:	8082                	ret

80404712 <evtchn_send>:
80404712:	1141                	add	sp,sp,-16
80404714:	c62a                	sw	a0,12(sp)
80404716:	006c                	add	a1,sp,12
80404718:	4511                	li	a0,4
8040471a:	02000893          	li	a7,32
8040471e:	00000073          	ecall
80404722:	0141                	add	sp,sp,16
80404724:	8082                	ret

80404726 <evtchn_bind_virq>:
80404726:	1141                	add	sp,sp,-16
80404728:	86ae                	mv	a3,a1
8040472a:	c22a                	sw	a0,4(sp)
8040472c:	c402                	sw	zero,8(sp)
8040472e:	c602                	sw	zero,12(sp)
80404730:	4505                	li	a0,1
80404732:	004c                	add	a1,sp,4
80404734:	02000893          	li	a7,32
80404738:	00000073          	ecall
8040473c:	00054b63          	bltz	a0,80404752 <evtchn_bind_virq+0x2c>
80404740:	4732                	lw	a4,12(sp)
80404742:	cb11                	beqz	a4,80404756 <evtchn_bind_virq+0x30>
80404744:	c298                	sw	a4,0(a3)
80404746:	3fe00793          	li	a5,1022
8040474a:	177d                	add	a4,a4,-1 # 1fff <_entry-0x803fe001>
8040474c:	00e7e763          	bltu	a5,a4,8040475a <evtchn_bind_virq+0x34>
80404750:	4501                	li	a0,0
80404752:	0141                	add	sp,sp,16
80404754:	8082                	ret
80404756:	872a                	mv	a4,a0
80404758:	b7f5                	j	80404744 <evtchn_bind_virq+0x1e>
8040475a:	5529                	li	a0,-22
8040475c:	bfdd                	j	80404752 <evtchn_bind_virq+0x2c>

8040475e <evtchn_alloc_unbound>:
8040475e:	77e1                	lui	a5,0xffff8
80404760:	1141                	add	sp,sp,-16
80404762:	ff07c793          	xor	a5,a5,-16
80404766:	86ae                	mv	a3,a1
80404768:	00a11523          	sh	a0,10(sp)
8040476c:	00f11423          	sh	a5,8(sp)
80404770:	c602                	sw	zero,12(sp)
80404772:	4519                	li	a0,6
80404774:	002c                	add	a1,sp,8
80404776:	02000893          	li	a7,32
8040477a:	00000073          	ecall
8040477e:	00054b63          	bltz	a0,80404794 <evtchn_alloc_unbound+0x36>
80404782:	4732                	lw	a4,12(sp)
80404784:	cb11                	beqz	a4,80404798 <evtchn_alloc_unbound+0x3a>
80404786:	c298                	sw	a4,0(a3)
80404788:	3fe00793          	li	a5,1022
8040478c:	177d                	add	a4,a4,-1
8040478e:	00e7e763          	bltu	a5,a4,8040479c <evtchn_alloc_unbound+0x3e>
80404792:	4501                	li	a0,0
80404794:	0141                	add	sp,sp,16
80404796:	8082                	ret
80404798:	872a                	mv	a4,a0
8040479a:	b7f5                	j	80404786 <evtchn_alloc_unbound+0x28>
8040479c:	5529                	li	a0,-22
8040479e:	bfdd                	j	80404794 <evtchn_alloc_unbound+0x36>

804047a0 <pv_block>:
804047a0:	4505                	li	a0,1
804047a2:	4581                	li	a1,0
804047a4:	48f5                	li	a7,29
804047a6:	00000073          	ecall
804047aa:	804287b7          	lui	a5,0x80428
804047ae:	0947a783          	lw	a5,148(a5) # 80428094 <pv_shared_info>
804047b2:	4705                	li	a4,1
804047b4:	00e780a3          	sb	a4,1(a5)
804047b8:	8082                	ret

804047ba <gnttab_setup_frame>:
804047ba:	77e1                	lui	a5,0xffff8
804047bc:	1141                	add	sp,sp,-16
804047be:	ff07c793          	xor	a5,a5,-16
804047c2:	00f11023          	sh	a5,0(sp)
804047c6:	4785                	li	a5,1
804047c8:	872a                	mv	a4,a0
804047ca:	00011123          	sh	zero,2(sp)
804047ce:	00011423          	sh	zero,8(sp)
804047d2:	00011523          	sh	zero,10(sp)
804047d6:	00011623          	sh	zero,12(sp)
804047da:	00011723          	sh	zero,14(sp)
804047de:	c23e                	sw	a5,4(sp)
804047e0:	4509                	li	a0,2
804047e2:	858a                	mv	a1,sp
804047e4:	4605                	li	a2,1
804047e6:	48d1                	li	a7,20
804047e8:	00000073          	ecall
804047ec:	00054863          	bltz	a0,804047fc <gnttab_setup_frame+0x42>
804047f0:	00811783          	lh	a5,8(sp)
804047f4:	e791                	bnez	a5,80404800 <gnttab_setup_frame+0x46>
804047f6:	47b2                	lw	a5,12(sp)
804047f8:	4501                	li	a0,0
804047fa:	c31c                	sw	a5,0(a4)
804047fc:	0141                	add	sp,sp,16
804047fe:	8082                	ret
80404800:	853e                	mv	a0,a5
80404802:	0007c363          	bltz	a5,80404808 <gnttab_setup_frame+0x4e>
80404806:	557d                	li	a0,-1
80404808:	0542                	sll	a0,a0,0x10
8040480a:	8541                	sra	a0,a0,0x10
8040480c:	0141                	add	sp,sp,16
8040480e:	8082                	ret

80404810 <gnttab_init>:
80404810:	804f87b7          	lui	a5,0x804f8
80404814:	8cc78693          	add	a3,a5,-1844 # 804f78cc <in_use>
80404818:	80428737          	lui	a4,0x80428
8040481c:	08a72c23          	sw	a0,152(a4) # 80428098 <table>
80404820:	8cc78793          	add	a5,a5,-1844
80404824:	04068713          	add	a4,a3,64
80404828:	0007a023          	sw	zero,0(a5)
8040482c:	0791                	add	a5,a5,4
8040482e:	fee79de3          	bne	a5,a4,80404828 <gnttab_init+0x18>
80404832:	4785                	li	a5,1
80404834:	c29c                	sw	a5,0(a3)
80404836:	8082                	ret

80404838 <gnttab_grant_access>:
80404838:	804f87b7          	lui	a5,0x804f8
8040483c:	8cc78793          	add	a5,a5,-1844 # 804f78cc <in_use>
80404840:	4394                	lw	a3,0(a5)
80404842:	872a                	mv	a4,a0
80404844:	4505                	li	a0,1
80404846:	0026f813          	and	a6,a3,2
8040484a:	02081f63          	bnez	a6,80404888 <gnttab_grant_access+0x50>
8040484e:	4e21                	li	t3,8
80404850:	4309                	li	t1,2
80404852:	4881                	li	a7,0
80404854:	80428837          	lui	a6,0x80428
80404858:	09882803          	lw	a6,152(a6) # 80428098 <table>
8040485c:	0066e6b3          	or	a3,a3,t1
80404860:	97c6                	add	a5,a5,a7
80404862:	0742                	sll	a4,a4,0x10
80404864:	c394                	sw	a3,0(a5)
80404866:	8341                	srl	a4,a4,0x10
80404868:	01c806b3          	add	a3,a6,t3
8040486c:	00e69123          	sh	a4,2(a3)
80404870:	c2cc                	sw	a1,4(a3)
80404872:	0110000f          	fence	w,w
80404876:	00163613          	seqz	a2,a2
8040487a:	40c007b3          	neg	a5,a2
8040487e:	9bf1                	and	a5,a5,-4
80404880:	0795                	add	a5,a5,5
80404882:	00f69023          	sh	a5,0(a3)
80404886:	8082                	ret
80404888:	20000e93          	li	t4,512
8040488c:	4e05                	li	t3,1
8040488e:	0505                	add	a0,a0,1
80404890:	00555813          	srl	a6,a0,0x5
80404894:	00281893          	sll	a7,a6,0x2
80404898:	011786b3          	add	a3,a5,a7
8040489c:	00ae1333          	sll	t1,t3,a0
804048a0:	01d50a63          	beq	a0,t4,804048b4 <gnttab_grant_access+0x7c>
804048a4:	4294                	lw	a3,0(a3)
804048a6:	0066f833          	and	a6,a3,t1
804048aa:	fe0812e3          	bnez	a6,8040488e <gnttab_grant_access+0x56>
804048ae:	00351e13          	sll	t3,a0,0x3
804048b2:	b74d                	j	80404854 <gnttab_grant_access+0x1c>
804048b4:	5511                	li	a0,-28
804048b6:	8082                	ret

804048b8 <pvcons_init>:
804048b8:	c10c                	sw	a1,0(a0)
804048ba:	c150                	sw	a2,4(a0)
804048bc:	c514                	sw	a3,8(a0)
804048be:	8082                	ret

804048c0 <pvcons_put>:
804048c0:	00052803          	lw	a6,0(a0)
804048c4:	6785                	lui	a5,0x1
804048c6:	00f80733          	add	a4,a6,a5
804048ca:	c0872503          	lw	a0,-1016(a4)
804048ce:	c0c72883          	lw	a7,-1012(a4)
804048d2:	0330000f          	fence	rw,rw
804048d6:	80078793          	add	a5,a5,-2048 # 800 <_entry-0x803ff800>
804048da:	953e                	add	a0,a0,a5
804048dc:	41150533          	sub	a0,a0,a7
804048e0:	02a7ee63          	bltu	a5,a0,8040491c <pvcons_put+0x5c>
804048e4:	04a66463          	bltu	a2,a0,8040492c <pvcons_put+0x6c>
804048e8:	c11d                	beqz	a0,8040490e <pvcons_put+0x4e>
804048ea:	872e                	mv	a4,a1
804048ec:	00a58633          	add	a2,a1,a0
804048f0:	40b885b3          	sub	a1,a7,a1
804048f4:	00074683          	lbu	a3,0(a4)
804048f8:	00e587b3          	add	a5,a1,a4
804048fc:	7ff7f793          	and	a5,a5,2047
80404900:	97c2                	add	a5,a5,a6
80404902:	40d78023          	sb	a3,1024(a5)
80404906:	0705                	add	a4,a4,1
80404908:	fec716e3          	bne	a4,a2,804048f4 <pvcons_put+0x34>
8040490c:	98aa                	add	a7,a7,a0
8040490e:	0110000f          	fence	w,w
80404912:	6785                	lui	a5,0x1
80404914:	983e                	add	a6,a6,a5
80404916:	c1182623          	sw	a7,-1012(a6)
8040491a:	8082                	ret
8040491c:	4501                	li	a0,0
8040491e:	0110000f          	fence	w,w
80404922:	6785                	lui	a5,0x1
80404924:	983e                	add	a6,a6,a5
80404926:	c1182623          	sw	a7,-1012(a6)
8040492a:	8082                	ret
8040492c:	8532                	mv	a0,a2
8040492e:	fd55                	bnez	a0,804048ea <pvcons_put+0x2a>
80404930:	bff9                	j	8040490e <pvcons_put+0x4e>

80404932 <pvcons_notify>:
80404932:	4148                	lw	a0,4(a0)
80404934:	ddfff06f          	j	80404712 <evtchn_send>

80404938 <pvcons_drain>:
80404938:	411c                	lw	a5,0(a0)
8040493a:	1141                	add	sp,sp,-16
8040493c:	c226                	sw	s1,4(sp)
8040493e:	6485                	lui	s1,0x1
80404940:	97a6                	add	a5,a5,s1
80404942:	c0c7a703          	lw	a4,-1012(a5) # c0c <_entry-0x803ff3f4>
80404946:	c087a783          	lw	a5,-1016(a5)
8040494a:	c606                	sw	ra,12(sp)
8040494c:	c422                	sw	s0,8(sp)
8040494e:	02f70163          	beq	a4,a5,80404970 <pvcons_drain+0x38>
80404952:	842a                	mv	s0,a0
80404954:	4148                	lw	a0,4(a0)
80404956:	dbdff0ef          	jal	80404712 <evtchn_send>
8040495a:	a019                	j	80404960 <pvcons_drain+0x28>
8040495c:	441c                	lw	a5,8(s0)
8040495e:	9782                	jalr	a5
80404960:	401c                	lw	a5,0(s0)
80404962:	97a6                	add	a5,a5,s1
80404964:	c0c7a703          	lw	a4,-1012(a5)
80404968:	c087a783          	lw	a5,-1016(a5)
8040496c:	fef718e3          	bne	a4,a5,8040495c <pvcons_drain+0x24>
80404970:	40b2                	lw	ra,12(sp)
80404972:	4422                	lw	s0,8(sp)
80404974:	4492                	lw	s1,4(sp)
80404976:	0141                	add	sp,sp,16
80404978:	8082                	ret

8040497a <pvcons_input_pending>:
8040497a:	4118                	lw	a4,0(a0)
8040497c:	6785                	lui	a5,0x1
8040497e:	973e                	add	a4,a4,a5
80404980:	c0472783          	lw	a5,-1020(a4)
80404984:	c0072703          	lw	a4,-1024(a4)
80404988:	8f99                	sub	a5,a5,a4
8040498a:	4017b513          	sltiu	a0,a5,1025
8040498e:	40a00533          	neg	a0,a0
80404992:	8d7d                	and	a0,a0,a5
80404994:	8082                	ret

80404996 <pvcons_read>:
80404996:	4114                	lw	a3,0(a0)
80404998:	6785                	lui	a5,0x1
8040499a:	1141                	add	sp,sp,-16
8040499c:	97b6                	add	a5,a5,a3
8040499e:	c007a803          	lw	a6,-1024(a5) # c00 <_entry-0x803ff400>
804049a2:	c422                	sw	s0,8(sp)
804049a4:	c047a403          	lw	s0,-1020(a5)
804049a8:	c606                	sw	ra,12(sp)
804049aa:	41040433          	sub	s0,s0,a6
804049ae:	0220000f          	fence	r,r
804049b2:	40000793          	li	a5,1024
804049b6:	0487e663          	bltu	a5,s0,80404a02 <pvcons_read+0x6c>
804049ba:	04866263          	bltu	a2,s0,804049fe <pvcons_read+0x68>
804049be:	c81d                	beqz	s0,804049f4 <pvcons_read+0x5e>
804049c0:	872e                	mv	a4,a1
804049c2:	40e80633          	sub	a2,a6,a4
804049c6:	95a2                	add	a1,a1,s0
804049c8:	00e607b3          	add	a5,a2,a4
804049cc:	3ff7f793          	and	a5,a5,1023
804049d0:	97b6                	add	a5,a5,a3
804049d2:	0007c783          	lbu	a5,0(a5)
804049d6:	0705                	add	a4,a4,1
804049d8:	fef70fa3          	sb	a5,-1(a4)
804049dc:	feb716e3          	bne	a4,a1,804049c8 <pvcons_read+0x32>
804049e0:	0330000f          	fence	rw,rw
804049e4:	6785                	lui	a5,0x1
804049e6:	9822                	add	a6,a6,s0
804049e8:	96be                	add	a3,a3,a5
804049ea:	c106a023          	sw	a6,-1024(a3)
804049ee:	4148                	lw	a0,4(a0)
804049f0:	d23ff0ef          	jal	80404712 <evtchn_send>
804049f4:	40b2                	lw	ra,12(sp)
804049f6:	8522                	mv	a0,s0
804049f8:	4422                	lw	s0,8(sp)
804049fa:	0141                	add	sp,sp,16
804049fc:	8082                	ret
804049fe:	8432                	mv	s0,a2
80404a00:	bf7d                	j	804049be <pvcons_read+0x28>
80404a02:	4401                	li	s0,0
80404a04:	40b2                	lw	ra,12(sp)
80404a06:	8522                	mv	a0,s0
80404a08:	4422                	lw	s0,8(sp)
80404a0a:	0141                	add	sp,sp,16
80404a0c:	8082                	ret

80404a0e <xs_talk>:
80404a0e:	710d                	add	sp,sp,-352
80404a10:	15312623          	sw	s3,332(sp)
80404a14:	15412423          	sw	s4,328(sp)
80404a18:	13a12823          	sw	s10,304(sp)
80404a1c:	89be                	mv	s3,a5
80404a1e:	8d36                	mv	s10,a3
80404a20:	14112e23          	sw	ra,348(sp)
80404a24:	96be                	add	a3,a3,a5
80404a26:	14812c23          	sw	s0,344(sp)
80404a2a:	14912a23          	sw	s1,340(sp)
80404a2e:	15212823          	sw	s2,336(sp)
80404a32:	15512223          	sw	s5,324(sp)
80404a36:	15612023          	sw	s6,320(sp)
80404a3a:	13712e23          	sw	s7,316(sp)
80404a3e:	13812c23          	sw	s8,312(sp)
80404a42:	13912a23          	sw	s9,308(sp)
80404a46:	13b12623          	sw	s11,300(sp)
80404a4a:	10000793          	li	a5,256
80404a4e:	00052a03          	lw	s4,0(a0)
80404a52:	28d7e863          	bltu	a5,a3,80404ce2 <xs_talk+0x2d4>
80404a56:	451c                	lw	a5,8(a0)
80404a58:	6485                	lui	s1,0x1
80404a5a:	94d2                	add	s1,s1,s4
80404a5c:	0785                	add	a5,a5,1 # 1001 <_entry-0x803fefff>
80404a5e:	c51c                	sw	a5,8(a0)
80404a60:	8044ab83          	lw	s7,-2044(s1) # 804 <_entry-0x803ff7fc>
80404a64:	8c3a                	mv	s8,a4
80404a66:	8004a703          	lw	a4,-2048(s1)
80404a6a:	3f000d93          	li	s11,1008
80404a6e:	c23e                	sw	a5,4(sp)
80404a70:	c02e                	sw	a1,0(sp)
80404a72:	c402                	sw	zero,8(sp)
80404a74:	c636                	sw	a3,12(sp)
80404a76:	40dd8db3          	sub	s11,s11,a3
80404a7a:	40eb87b3          	sub	a5,s7,a4
80404a7e:	842a                	mv	s0,a0
80404a80:	8b2e                	mv	s6,a1
80404a82:	8cb2                	mv	s9,a2
80404a84:	8942                	mv	s2,a6
80404a86:	8ac6                	mv	s5,a7
80404a88:	00fdfd63          	bgeu	s11,a5,80404aa2 <xs_talk+0x94>
80404a8c:	4048                	lw	a0,4(s0)
80404a8e:	c85ff0ef          	jal	80404712 <evtchn_send>
80404a92:	445c                	lw	a5,12(s0)
80404a94:	9782                	jalr	a5
80404a96:	8004a783          	lw	a5,-2048(s1)
80404a9a:	40fb87b3          	sub	a5,s7,a5
80404a9e:	fefde7e3          	bltu	s11,a5,80404a8c <xs_talk+0x7e>
80404aa2:	0330000f          	fence	rw,rw
80404aa6:	4010                	lw	a2,0(s0)
80404aa8:	870a                	mv	a4,sp
80404aaa:	0804                	add	s1,sp,16
80404aac:	40eb85b3          	sub	a1,s7,a4
80404ab0:	00074683          	lbu	a3,0(a4)
80404ab4:	00e587b3          	add	a5,a1,a4
80404ab8:	3ff7f793          	and	a5,a5,1023
80404abc:	97b2                	add	a5,a5,a2
80404abe:	00d78023          	sb	a3,0(a5)
80404ac2:	0705                	add	a4,a4,1
80404ac4:	fee496e3          	bne	s1,a4,80404ab0 <xs_talk+0xa2>
80404ac8:	419b86b3          	sub	a3,s7,s9
80404acc:	87e6                	mv	a5,s9
80404ace:	010d0513          	add	a0,s10,16
80404ad2:	9cea                	add	s9,s9,s10
80404ad4:	06c1                	add	a3,a3,16
80404ad6:	0007c703          	lbu	a4,0(a5)
80404ada:	00f685b3          	add	a1,a3,a5
80404ade:	3ff5f593          	and	a1,a1,1023
80404ae2:	95b2                	add	a1,a1,a2
80404ae4:	00e58023          	sb	a4,0(a1)
80404ae8:	0785                	add	a5,a5,1
80404aea:	ff9796e3          	bne	a5,s9,80404ad6 <xs_talk+0xc8>
80404aee:	87e2                	mv	a5,s8
80404af0:	9baa                	add	s7,s7,a0
80404af2:	9c4e                	add	s8,s8,s3
80404af4:	40fb85b3          	sub	a1,s7,a5
80404af8:	00098e63          	beqz	s3,80404b14 <xs_talk+0x106>
80404afc:	0007c703          	lbu	a4,0(a5)
80404b00:	00f586b3          	add	a3,a1,a5
80404b04:	3ff6f693          	and	a3,a3,1023
80404b08:	96b2                	add	a3,a3,a2
80404b0a:	00e68023          	sb	a4,0(a3)
80404b0e:	0785                	add	a5,a5,1
80404b10:	ff8796e3          	bne	a5,s8,80404afc <xs_talk+0xee>
80404b14:	9bce                	add	s7,s7,s3
80404b16:	0110000f          	fence	w,w
80404b1a:	6d05                	lui	s10,0x1
80404b1c:	9d52                	add	s10,s10,s4
80404b1e:	817d2223          	sw	s7,-2044(s10) # 804 <_entry-0x803ff7fc>
80404b22:	4048                	lw	a0,4(s0)
80404b24:	befff0ef          	jal	80404712 <evtchn_send>
80404b28:	808d2503          	lw	a0,-2040(s10)
80404b2c:	80cd2683          	lw	a3,-2036(s10)
80404b30:	8e89                	sub	a3,a3,a0
80404b32:	0220000f          	fence	r,r
80404b36:	40000793          	li	a5,1024
80404b3a:	02d7e963          	bltu	a5,a3,80404b6c <xs_talk+0x15e>
80404b3e:	02010c93          	add	s9,sp,32
80404b42:	4bc1                	li	s7,16
80404b44:	49bd                	li	s3,15
80404b46:	10000c13          	li	s8,256
80404b4a:	419b8bb3          	sub	s7,s7,s9
80404b4e:	40000a13          	li	s4,1024
80404b52:	04d9ea63          	bltu	s3,a3,80404ba6 <xs_talk+0x198>
80404b56:	445c                	lw	a5,12(s0)
80404b58:	9782                	jalr	a5
80404b5a:	808d2503          	lw	a0,-2040(s10)
80404b5e:	80cd2683          	lw	a3,-2036(s10)
80404b62:	8e89                	sub	a3,a3,a0
80404b64:	0220000f          	fence	r,r
80404b68:	feda75e3          	bgeu	s4,a3,80404b52 <xs_talk+0x144>
80404b6c:	5549                	li	a0,-14
80404b6e:	15c12083          	lw	ra,348(sp)
80404b72:	15812403          	lw	s0,344(sp)
80404b76:	15412483          	lw	s1,340(sp)
80404b7a:	15012903          	lw	s2,336(sp)
80404b7e:	14c12983          	lw	s3,332(sp)
80404b82:	14812a03          	lw	s4,328(sp)
80404b86:	14412a83          	lw	s5,324(sp)
80404b8a:	14012b03          	lw	s6,320(sp)
80404b8e:	13c12b83          	lw	s7,316(sp)
80404b92:	13812c03          	lw	s8,312(sp)
80404b96:	13412c83          	lw	s9,308(sp)
80404b9a:	13012d03          	lw	s10,304(sp)
80404b9e:	12c12d83          	lw	s11,300(sp)
80404ba2:	6135                	add	sp,sp,352
80404ba4:	8082                	ret
80404ba6:	4010                	lw	a2,0(s0)
80404ba8:	8726                	mv	a4,s1
80404baa:	409505b3          	sub	a1,a0,s1
80404bae:	00e587b3          	add	a5,a1,a4
80404bb2:	3ff7f793          	and	a5,a5,1023
80404bb6:	97b2                	add	a5,a5,a2
80404bb8:	4007c783          	lbu	a5,1024(a5)
80404bbc:	0705                	add	a4,a4,1
80404bbe:	fef70fa3          	sb	a5,-1(a4)
80404bc2:	ff9716e3          	bne	a4,s9,80404bae <xs_talk+0x1a0>
80404bc6:	47f2                	lw	a5,28(sp)
80404bc8:	fafc62e3          	bltu	s8,a5,80404b6c <xs_talk+0x15e>
80404bcc:	01078713          	add	a4,a5,16
80404bd0:	f8e6e3e3          	bltu	a3,a4,80404b56 <xs_talk+0x148>
80404bd4:	019785b3          	add	a1,a5,s9
80404bd8:	8766                	mv	a4,s9
80404bda:	00ab86b3          	add	a3,s7,a0
80404bde:	cf89                	beqz	a5,80404bf8 <xs_talk+0x1ea>
80404be0:	00e687b3          	add	a5,a3,a4
80404be4:	3ff7f793          	and	a5,a5,1023
80404be8:	97b2                	add	a5,a5,a2
80404bea:	4007c783          	lbu	a5,1024(a5)
80404bee:	0705                	add	a4,a4,1
80404bf0:	fef70fa3          	sb	a5,-1(a4)
80404bf4:	feb716e3          	bne	a4,a1,80404be0 <xs_talk+0x1d2>
80404bf8:	0330000f          	fence	rw,rw
80404bfc:	4df2                	lw	s11,28(sp)
80404bfe:	010d8793          	add	a5,s11,16
80404c02:	97aa                	add	a5,a5,a0
80404c04:	80fd2423          	sw	a5,-2040(s10)
80404c08:	4048                	lw	a0,4(s0)
80404c0a:	b09ff0ef          	jal	80404712 <evtchn_send>
80404c0e:	4752                	lw	a4,20(sp)
80404c10:	4792                	lw	a5,4(sp)
80404c12:	f4f714e3          	bne	a4,a5,80404b5a <xs_talk+0x14c>
80404c16:	47c2                	lw	a5,16(sp)
80404c18:	4741                	li	a4,16
80404c1a:	02e78a63          	beq	a5,a4,80404c4e <xs_talk+0x240>
80404c1e:	5529                	li	a0,-22
80404c20:	f56797e3          	bne	a5,s6,80404b6e <xs_talk+0x160>
80404c24:	020d8363          	beqz	s11,80404c4a <xs_talk+0x23c>
80404c28:	020a8163          	beqz	s5,80404c4a <xs_talk+0x23c>
80404c2c:	fffd8713          	add	a4,s11,-1
80404c30:	974a                	add	a4,a4,s2
80404c32:	9aca                	add	s5,s5,s2
80404c34:	a021                	j	80404c3c <xs_talk+0x22e>
80404c36:	0905                	add	s2,s2,1
80404c38:	01590963          	beq	s2,s5,80404c4a <xs_talk+0x23c>
80404c3c:	000cc783          	lbu	a5,0(s9)
80404c40:	0c85                	add	s9,s9,1
80404c42:	00f90023          	sb	a5,0(s2)
80404c46:	fee918e3          	bne	s2,a4,80404c36 <xs_talk+0x228>
80404c4a:	856e                	mv	a0,s11
80404c4c:	b70d                	j	80404b6e <xs_talk+0x160>
80404c4e:	80407337          	lui	t1,0x80407
80404c52:	a7c30f13          	add	t5,t1,-1412 # 80406a7c <names.0>
80404c56:	04500793          	li	a5,69
80404c5a:	a7c30313          	add	t1,t1,-1412
80404c5e:	00032583          	lw	a1,0(t1)
80404c62:	4e01                	li	t3,0
80404c64:	4ead                	li	t4,11
80404c66:	cbb9                	beqz	a5,80404cbc <xs_talk+0x2ae>
80404c68:	4681                	li	a3,0
80404c6a:	88b6                	mv	a7,a3
80404c6c:	0685                	add	a3,a3,1
80404c6e:	00d587b3          	add	a5,a1,a3
80404c72:	0007c783          	lbu	a5,0(a5)
80404c76:	fbf5                	bnez	a5,80404c6a <xs_talk+0x25c>
80404c78:	020d8763          	beqz	s11,80404ca6 <xs_talk+0x298>
80404c7c:	8666                	mv	a2,s9
80404c7e:	a031                	j	80404c8a <xs_talk+0x27c>
80404c80:	02f88f63          	beq	a7,a5,80404cbe <xs_talk+0x2b0>
80404c84:	02ed8163          	beq	s11,a4,80404ca6 <xs_talk+0x298>
80404c88:	87ba                	mv	a5,a4
80404c8a:	00f58733          	add	a4,a1,a5
80404c8e:	00064803          	lbu	a6,0(a2)
80404c92:	00074503          	lbu	a0,0(a4)
80404c96:	0605                	add	a2,a2,1
80404c98:	00178713          	add	a4,a5,1
80404c9c:	fea802e3          	beq	a6,a0,80404c80 <xs_talk+0x272>
80404ca0:	8736                	mv	a4,a3
80404ca2:	00f68e63          	beq	a3,a5,80404cbe <xs_talk+0x2b0>
80404ca6:	0e05                	add	t3,t3,1
80404ca8:	0321                	add	t1,t1,8
80404caa:	03de0a63          	beq	t3,t4,80404cde <xs_talk+0x2d0>
80404cae:	00032783          	lw	a5,0(t1)
80404cb2:	00032583          	lw	a1,0(t1)
80404cb6:	0007c783          	lbu	a5,0(a5)
80404cba:	f7dd                	bnez	a5,80404c68 <xs_talk+0x25a>
80404cbc:	4701                	li	a4,0
80404cbe:	00ed8963          	beq	s11,a4,80404cd0 <xs_talk+0x2c2>
80404cc2:	12070793          	add	a5,a4,288
80404cc6:	00278733          	add	a4,a5,sp
80404cca:	f0074783          	lbu	a5,-256(a4)
80404cce:	ffe1                	bnez	a5,80404ca6 <xs_talk+0x298>
80404cd0:	0e0e                	sll	t3,t3,0x3
80404cd2:	9f72                	add	t5,t5,t3
80404cd4:	004f2503          	lw	a0,4(t5)
80404cd8:	40a00533          	neg	a0,a0
80404cdc:	bd49                	j	80404b6e <xs_talk+0x160>
80404cde:	5529                	li	a0,-22
80404ce0:	b579                	j	80404b6e <xs_talk+0x160>
80404ce2:	5565                	li	a0,-7
80404ce4:	b569                	j	80404b6e <xs_talk+0x160>

80404ce6 <xs_read.part.0>:
80404ce6:	1141                	add	sp,sp,-16
80404ce8:	c422                	sw	s0,8(sp)
80404cea:	c226                	sw	s1,4(sp)
80404cec:	c606                	sw	ra,12(sp)
80404cee:	0005c783          	lbu	a5,0(a1)
80404cf2:	84b2                	mv	s1,a2
80404cf4:	8436                	mv	s0,a3
80404cf6:	c3b5                	beqz	a5,80404d5a <xs_read.part.0+0x74>
80404cf8:	4781                	li	a5,0
80404cfa:	833e                	mv	t1,a5
80404cfc:	0785                	add	a5,a5,1
80404cfe:	00f58733          	add	a4,a1,a5
80404d02:	00074703          	lbu	a4,0(a4)
80404d06:	fb75                	bnez	a4,80404cfa <xs_read.part.0+0x14>
80404d08:	00230693          	add	a3,t1,2
80404d0c:	147d                	add	s0,s0,-1
80404d0e:	862e                	mv	a2,a1
80404d10:	88a2                	mv	a7,s0
80404d12:	8826                	mv	a6,s1
80404d14:	4781                	li	a5,0
80404d16:	4701                	li	a4,0
80404d18:	4589                	li	a1,2
80404d1a:	cf5ff0ef          	jal	80404a0e <xs_talk>
80404d1e:	00054963          	bltz	a0,80404d30 <xs_read.part.0+0x4a>
80404d22:	87aa                	mv	a5,a0
80404d24:	02a46463          	bltu	s0,a0,80404d4c <xs_read.part.0+0x66>
80404d28:	4501                	li	a0,0
80404d2a:	eb81                	bnez	a5,80404d3a <xs_read.part.0+0x54>
80404d2c:	00048023          	sb	zero,0(s1)
80404d30:	40b2                	lw	ra,12(sp)
80404d32:	4422                	lw	s0,8(sp)
80404d34:	4492                	lw	s1,4(sp)
80404d36:	0141                	add	sp,sp,16
80404d38:	8082                	ret
80404d3a:	fff78513          	add	a0,a5,-1
80404d3e:	00a48733          	add	a4,s1,a0
80404d42:	00074683          	lbu	a3,0(a4)
80404d46:	e699                	bnez	a3,80404d54 <xs_read.part.0+0x6e>
80404d48:	84ba                	mv	s1,a4
80404d4a:	b7cd                	j	80404d2c <xs_read.part.0+0x46>
80404d4c:	87a2                	mv	a5,s0
80404d4e:	4501                	li	a0,0
80404d50:	dff1                	beqz	a5,80404d2c <xs_read.part.0+0x46>
80404d52:	b7e5                	j	80404d3a <xs_read.part.0+0x54>
80404d54:	94be                	add	s1,s1,a5
80404d56:	853e                	mv	a0,a5
80404d58:	bfd1                	j	80404d2c <xs_read.part.0+0x46>
80404d5a:	4685                	li	a3,1
80404d5c:	bf45                	j	80404d0c <xs_read.part.0+0x26>

80404d5e <xs_init>:
80404d5e:	c10c                	sw	a1,0(a0)
80404d60:	c150                	sw	a2,4(a0)
80404d62:	00052423          	sw	zero,8(a0)
80404d66:	c554                	sw	a3,12(a0)
80404d68:	8082                	ret

80404d6a <xs_read_u32>:
80404d6a:	1101                	add	sp,sp,-32
80404d6c:	cc22                	sw	s0,24(sp)
80404d6e:	46c1                	li	a3,16
80404d70:	8432                	mv	s0,a2
80404d72:	860a                	mv	a2,sp
80404d74:	ce06                	sw	ra,28(sp)
80404d76:	f71ff0ef          	jal	80404ce6 <xs_read.part.0>
80404d7a:	06054163          	bltz	a0,80404ddc <xs_read_u32+0x72>
80404d7e:	cd31                	beqz	a0,80404dda <xs_read_u32+0x70>
80404d80:	47a9                	li	a5,10
80404d82:	04a7cc63          	blt	a5,a0,80404dda <xs_read_u32+0x70>
80404d86:	880a                	mv	a6,sp
80404d88:	4881                	li	a7,0
80404d8a:	4781                	li	a5,0
80404d8c:	4601                	li	a2,0
80404d8e:	4325                	li	t1,9
80404d90:	a029                	j	80404d9a <xs_read_u32+0x30>
80404d92:	9636                	add	a2,a2,a3
80404d94:	0805                	add	a6,a6,1
80404d96:	04a8d763          	bge	a7,a0,80404de4 <xs_read_u32+0x7a>
80404d9a:	01e7d693          	srl	a3,a5,0x1e
80404d9e:	00279713          	sll	a4,a5,0x2
80404da2:	00261593          	sll	a1,a2,0x2
80404da6:	97ba                	add	a5,a5,a4
80404da8:	8dd5                	or	a1,a1,a3
80404daa:	00084683          	lbu	a3,0(a6)
80404dae:	95b2                	add	a1,a1,a2
80404db0:	00e7b733          	sltu	a4,a5,a4
80404db4:	972e                	add	a4,a4,a1
80404db6:	fd068693          	add	a3,a3,-48
80404dba:	01f7d613          	srl	a2,a5,0x1f
80404dbe:	0706                	sll	a4,a4,0x1
80404dc0:	0786                	sll	a5,a5,0x1
80404dc2:	8f51                	or	a4,a4,a2
80404dc4:	97b6                	add	a5,a5,a3
80404dc6:	41f6d613          	sra	a2,a3,0x1f
80404dca:	0ff6f593          	zext.b	a1,a3
80404dce:	963a                	add	a2,a2,a4
80404dd0:	00d7b6b3          	sltu	a3,a5,a3
80404dd4:	0885                	add	a7,a7,1
80404dd6:	fab37ee3          	bgeu	t1,a1,80404d92 <xs_read_u32+0x28>
80404dda:	5529                	li	a0,-22
80404ddc:	40f2                	lw	ra,28(sp)
80404dde:	4462                	lw	s0,24(sp)
80404de0:	6105                	add	sp,sp,32
80404de2:	8082                	ret
80404de4:	fa7d                	bnez	a2,80404dda <xs_read_u32+0x70>
80404de6:	40f2                	lw	ra,28(sp)
80404de8:	c01c                	sw	a5,0(s0)
80404dea:	4462                	lw	s0,24(sp)
80404dec:	4501                	li	a0,0
80404dee:	6105                	add	sp,sp,32
80404df0:	8082                	ret

80404df2 <xs_write>:
80404df2:	1101                	add	sp,sp,-32
80404df4:	ce06                	sw	ra,28(sp)
80404df6:	0005c783          	lbu	a5,0(a1)
80404dfa:	8732                	mv	a4,a2
80404dfc:	c7a9                	beqz	a5,80404e46 <xs_write+0x54>
80404dfe:	4781                	li	a5,0
80404e00:	86be                	mv	a3,a5
80404e02:	0785                	add	a5,a5,1
80404e04:	00f58833          	add	a6,a1,a5
80404e08:	00084803          	lbu	a6,0(a6)
80404e0c:	fe081ae3          	bnez	a6,80404e00 <xs_write+0xe>
80404e10:	00074783          	lbu	a5,0(a4)
80404e14:	0689                	add	a3,a3,2
80404e16:	cf85                	beqz	a5,80404e4e <xs_write+0x5c>
80404e18:	4781                	li	a5,0
80404e1a:	0785                	add	a5,a5,1
80404e1c:	00f70833          	add	a6,a4,a5
80404e20:	00084803          	lbu	a6,0(a6)
80404e24:	fe081be3          	bnez	a6,80404e1a <xs_write+0x28>
80404e28:	00c10813          	add	a6,sp,12
80404e2c:	862e                	mv	a2,a1
80404e2e:	4891                	li	a7,4
80404e30:	45ad                	li	a1,11
80404e32:	bddff0ef          	jal	80404a0e <xs_talk>
80404e36:	40f2                	lw	ra,28(sp)
80404e38:	00152793          	slti	a5,a0,1
80404e3c:	40f007b3          	neg	a5,a5
80404e40:	8d7d                	and	a0,a0,a5
80404e42:	6105                	add	sp,sp,32
80404e44:	8082                	ret
80404e46:	00074783          	lbu	a5,0(a4)
80404e4a:	4685                	li	a3,1
80404e4c:	f7f1                	bnez	a5,80404e18 <xs_write+0x26>
80404e4e:	4781                	li	a5,0
80404e50:	bfe1                	j	80404e28 <xs_write+0x36>

80404e52 <xs_write_u32>:
80404e52:	1101                	add	sp,sp,-32
80404e54:	87b2                	mv	a5,a2
80404e56:	ce06                	sw	ra,28(sp)
80404e58:	00010723          	sb	zero,14(sp)
80404e5c:	00e10613          	add	a2,sp,14
80404e60:	46a9                	li	a3,10
80404e62:	48a5                	li	a7,9
80404e64:	02d7f733          	remu	a4,a5,a3
80404e68:	167d                	add	a2,a2,-1
80404e6a:	883e                	mv	a6,a5
80404e6c:	03070713          	add	a4,a4,48
80404e70:	00e60023          	sb	a4,0(a2)
80404e74:	02d7d7b3          	divu	a5,a5,a3
80404e78:	ff08e6e3          	bltu	a7,a6,80404e64 <xs_write_u32+0x12>
80404e7c:	f77ff0ef          	jal	80404df2 <xs_write>
80404e80:	40f2                	lw	ra,28(sp)
80404e82:	6105                	add	sp,sp,32
80404e84:	8082                	ret

80404e86 <swtch>:
80404e86:	00152023          	sw	ra,0(a0)
80404e8a:	00252223          	sw	sp,4(a0)
80404e8e:	c500                	sw	s0,8(a0)
80404e90:	c544                	sw	s1,12(a0)
80404e92:	01252823          	sw	s2,16(a0)
80404e96:	01352a23          	sw	s3,20(a0)
80404e9a:	01452c23          	sw	s4,24(a0)
80404e9e:	01552e23          	sw	s5,28(a0)
80404ea2:	03652023          	sw	s6,32(a0)
80404ea6:	03752223          	sw	s7,36(a0)
80404eaa:	03852423          	sw	s8,40(a0)
80404eae:	03952623          	sw	s9,44(a0)
80404eb2:	03a52823          	sw	s10,48(a0)
80404eb6:	03b52a23          	sw	s11,52(a0)
80404eba:	0005a083          	lw	ra,0(a1)
80404ebe:	0045a103          	lw	sp,4(a1)
80404ec2:	4580                	lw	s0,8(a1)
80404ec4:	45c4                	lw	s1,12(a1)
80404ec6:	0105a903          	lw	s2,16(a1)
80404eca:	0145a983          	lw	s3,20(a1)
80404ece:	0185aa03          	lw	s4,24(a1)
80404ed2:	01c5aa83          	lw	s5,28(a1)
80404ed6:	0205ab03          	lw	s6,32(a1)
80404eda:	0245ab83          	lw	s7,36(a1)
80404ede:	0285ac03          	lw	s8,40(a1)
80404ee2:	02c5ac83          	lw	s9,44(a1)
80404ee6:	0305ad03          	lw	s10,48(a1)
80404eea:	0345ad83          	lw	s11,52(a1)
80404eee:	8082                	ret

80404ef0 <__ctzsi2>:
80404ef0:	40a007b3          	neg	a5,a0
80404ef4:	8d7d                	and	a0,a0,a5
80404ef6:	67c1                	lui	a5,0x10
80404ef8:	02f57363          	bgeu	a0,a5,80404f1e <__ctzsi2+0x2e>
80404efc:	10053793          	sltiu	a5,a0,256
80404f00:	0017c793          	xor	a5,a5,1
80404f04:	078e                	sll	a5,a5,0x3
80404f06:	00f55533          	srl	a0,a0,a5
80404f0a:	00023717          	auipc	a4,0x23
80404f0e:	f8270713          	add	a4,a4,-126 # 80427e8c <__clz_tab>
80404f12:	972a                	add	a4,a4,a0
80404f14:	00074503          	lbu	a0,0(a4)
80404f18:	17fd                	add	a5,a5,-1 # ffff <_entry-0x803f0001>
80404f1a:	953e                	add	a0,a0,a5
80404f1c:	8082                	ret
80404f1e:	01000737          	lui	a4,0x1000
80404f22:	47c1                	li	a5,16
80404f24:	fee561e3          	bltu	a0,a4,80404f06 <__ctzsi2+0x16>
80404f28:	47e1                	li	a5,24
80404f2a:	bff1                	j	80404f06 <__ctzsi2+0x16>

80404f2c <__udivdi3>:
80404f2c:	88aa                	mv	a7,a0
80404f2e:	832e                	mv	t1,a1
80404f30:	8732                	mv	a4,a2
80404f32:	882a                	mv	a6,a0
80404f34:	87ae                	mv	a5,a1
80404f36:	20069663          	bnez	a3,80405142 <__udivdi3+0x216>
80404f3a:	00023597          	auipc	a1,0x23
80404f3e:	f5258593          	add	a1,a1,-174 # 80427e8c <__clz_tab>
80404f42:	0cc37163          	bgeu	t1,a2,80405004 <__udivdi3+0xd8>
80404f46:	66c1                	lui	a3,0x10
80404f48:	0ad67763          	bgeu	a2,a3,80404ff6 <__udivdi3+0xca>
80404f4c:	10063693          	sltiu	a3,a2,256
80404f50:	0016c693          	xor	a3,a3,1
80404f54:	068e                	sll	a3,a3,0x3
80404f56:	00d65533          	srl	a0,a2,a3
80404f5a:	95aa                	add	a1,a1,a0
80404f5c:	0005c583          	lbu	a1,0(a1)
80404f60:	02000513          	li	a0,32
80404f64:	96ae                	add	a3,a3,a1
80404f66:	40d505b3          	sub	a1,a0,a3
80404f6a:	00d50b63          	beq	a0,a3,80404f80 <__udivdi3+0x54>
80404f6e:	00b317b3          	sll	a5,t1,a1
80404f72:	00d8d6b3          	srl	a3,a7,a3
80404f76:	00b61733          	sll	a4,a2,a1
80404f7a:	8fd5                	or	a5,a5,a3
80404f7c:	00b89833          	sll	a6,a7,a1
80404f80:	01075593          	srl	a1,a4,0x10
80404f84:	02b7d333          	divu	t1,a5,a1
80404f88:	01071613          	sll	a2,a4,0x10
80404f8c:	8241                	srl	a2,a2,0x10
80404f8e:	02b7f7b3          	remu	a5,a5,a1
80404f92:	851a                	mv	a0,t1
80404f94:	026608b3          	mul	a7,a2,t1
80404f98:	01079693          	sll	a3,a5,0x10
80404f9c:	01085793          	srl	a5,a6,0x10
80404fa0:	8fd5                	or	a5,a5,a3
80404fa2:	0117fc63          	bgeu	a5,a7,80404fba <__udivdi3+0x8e>
80404fa6:	97ba                	add	a5,a5,a4
80404fa8:	fff30513          	add	a0,t1,-1
80404fac:	00e7e763          	bltu	a5,a4,80404fba <__udivdi3+0x8e>
80404fb0:	0117f563          	bgeu	a5,a7,80404fba <__udivdi3+0x8e>
80404fb4:	ffe30513          	add	a0,t1,-2
80404fb8:	97ba                	add	a5,a5,a4
80404fba:	411787b3          	sub	a5,a5,a7
80404fbe:	02b7d8b3          	divu	a7,a5,a1
80404fc2:	0842                	sll	a6,a6,0x10
80404fc4:	01085813          	srl	a6,a6,0x10
80404fc8:	02b7f7b3          	remu	a5,a5,a1
80404fcc:	031606b3          	mul	a3,a2,a7
80404fd0:	07c2                	sll	a5,a5,0x10
80404fd2:	00f86833          	or	a6,a6,a5
80404fd6:	87c6                	mv	a5,a7
80404fd8:	00d87b63          	bgeu	a6,a3,80404fee <__udivdi3+0xc2>
80404fdc:	983a                	add	a6,a6,a4
80404fde:	fff88793          	add	a5,a7,-1
80404fe2:	00e86663          	bltu	a6,a4,80404fee <__udivdi3+0xc2>
80404fe6:	00d87463          	bgeu	a6,a3,80404fee <__udivdi3+0xc2>
80404fea:	ffe88793          	add	a5,a7,-2
80404fee:	0542                	sll	a0,a0,0x10
80404ff0:	8d5d                	or	a0,a0,a5
80404ff2:	4581                	li	a1,0
80404ff4:	8082                	ret
80404ff6:	01000537          	lui	a0,0x1000
80404ffa:	46c1                	li	a3,16
80404ffc:	f4a66de3          	bltu	a2,a0,80404f56 <__udivdi3+0x2a>
80405000:	46e1                	li	a3,24
80405002:	bf91                	j	80404f56 <__udivdi3+0x2a>
80405004:	4681                	li	a3,0
80405006:	ca09                	beqz	a2,80405018 <__udivdi3+0xec>
80405008:	67c1                	lui	a5,0x10
8040500a:	08f67f63          	bgeu	a2,a5,804050a8 <__udivdi3+0x17c>
8040500e:	10063693          	sltiu	a3,a2,256
80405012:	0016c693          	xor	a3,a3,1
80405016:	068e                	sll	a3,a3,0x3
80405018:	00d657b3          	srl	a5,a2,a3
8040501c:	95be                	add	a1,a1,a5
8040501e:	0005c783          	lbu	a5,0(a1)
80405022:	97b6                	add	a5,a5,a3
80405024:	02000693          	li	a3,32
80405028:	40f685b3          	sub	a1,a3,a5
8040502c:	08f69563          	bne	a3,a5,804050b6 <__udivdi3+0x18a>
80405030:	40c307b3          	sub	a5,t1,a2
80405034:	4585                	li	a1,1
80405036:	01075893          	srl	a7,a4,0x10
8040503a:	0317de33          	divu	t3,a5,a7
8040503e:	01071613          	sll	a2,a4,0x10
80405042:	8241                	srl	a2,a2,0x10
80405044:	01085693          	srl	a3,a6,0x10
80405048:	0317f7b3          	remu	a5,a5,a7
8040504c:	8572                	mv	a0,t3
8040504e:	03c60333          	mul	t1,a2,t3
80405052:	07c2                	sll	a5,a5,0x10
80405054:	8fd5                	or	a5,a5,a3
80405056:	0067fc63          	bgeu	a5,t1,8040506e <__udivdi3+0x142>
8040505a:	97ba                	add	a5,a5,a4
8040505c:	fffe0513          	add	a0,t3,-1
80405060:	00e7e763          	bltu	a5,a4,8040506e <__udivdi3+0x142>
80405064:	0067f563          	bgeu	a5,t1,8040506e <__udivdi3+0x142>
80405068:	ffee0513          	add	a0,t3,-2
8040506c:	97ba                	add	a5,a5,a4
8040506e:	406787b3          	sub	a5,a5,t1
80405072:	0317d333          	divu	t1,a5,a7
80405076:	0842                	sll	a6,a6,0x10
80405078:	01085813          	srl	a6,a6,0x10
8040507c:	0317f7b3          	remu	a5,a5,a7
80405080:	026606b3          	mul	a3,a2,t1
80405084:	07c2                	sll	a5,a5,0x10
80405086:	00f86833          	or	a6,a6,a5
8040508a:	879a                	mv	a5,t1
8040508c:	00d87b63          	bgeu	a6,a3,804050a2 <__udivdi3+0x176>
80405090:	983a                	add	a6,a6,a4
80405092:	fff30793          	add	a5,t1,-1
80405096:	00e86663          	bltu	a6,a4,804050a2 <__udivdi3+0x176>
8040509a:	00d87463          	bgeu	a6,a3,804050a2 <__udivdi3+0x176>
8040509e:	ffe30793          	add	a5,t1,-2
804050a2:	0542                	sll	a0,a0,0x10
804050a4:	8d5d                	or	a0,a0,a5
804050a6:	8082                	ret
804050a8:	010007b7          	lui	a5,0x1000
804050ac:	46c1                	li	a3,16
804050ae:	f6f665e3          	bltu	a2,a5,80405018 <__udivdi3+0xec>
804050b2:	46e1                	li	a3,24
804050b4:	b795                	j	80405018 <__udivdi3+0xec>
804050b6:	00b61733          	sll	a4,a2,a1
804050ba:	00f356b3          	srl	a3,t1,a5
804050be:	01075513          	srl	a0,a4,0x10
804050c2:	00b31333          	sll	t1,t1,a1
804050c6:	00f8d7b3          	srl	a5,a7,a5
804050ca:	0067e7b3          	or	a5,a5,t1
804050ce:	02a6d333          	divu	t1,a3,a0
804050d2:	01071613          	sll	a2,a4,0x10
804050d6:	8241                	srl	a2,a2,0x10
804050d8:	00b89833          	sll	a6,a7,a1
804050dc:	02a6f6b3          	remu	a3,a3,a0
804050e0:	026608b3          	mul	a7,a2,t1
804050e4:	01069593          	sll	a1,a3,0x10
804050e8:	0107d693          	srl	a3,a5,0x10
804050ec:	8ecd                	or	a3,a3,a1
804050ee:	859a                	mv	a1,t1
804050f0:	0116fc63          	bgeu	a3,a7,80405108 <__udivdi3+0x1dc>
804050f4:	96ba                	add	a3,a3,a4
804050f6:	fff30593          	add	a1,t1,-1
804050fa:	00e6e763          	bltu	a3,a4,80405108 <__udivdi3+0x1dc>
804050fe:	0116f563          	bgeu	a3,a7,80405108 <__udivdi3+0x1dc>
80405102:	ffe30593          	add	a1,t1,-2
80405106:	96ba                	add	a3,a3,a4
80405108:	411686b3          	sub	a3,a3,a7
8040510c:	02a6d8b3          	divu	a7,a3,a0
80405110:	07c2                	sll	a5,a5,0x10
80405112:	83c1                	srl	a5,a5,0x10
80405114:	02a6f6b3          	remu	a3,a3,a0
80405118:	03160633          	mul	a2,a2,a7
8040511c:	06c2                	sll	a3,a3,0x10
8040511e:	8fd5                	or	a5,a5,a3
80405120:	86c6                	mv	a3,a7
80405122:	00c7fc63          	bgeu	a5,a2,8040513a <__udivdi3+0x20e>
80405126:	97ba                	add	a5,a5,a4
80405128:	fff88693          	add	a3,a7,-1
8040512c:	00e7e763          	bltu	a5,a4,8040513a <__udivdi3+0x20e>
80405130:	00c7f563          	bgeu	a5,a2,8040513a <__udivdi3+0x20e>
80405134:	ffe88693          	add	a3,a7,-2
80405138:	97ba                	add	a5,a5,a4
8040513a:	05c2                	sll	a1,a1,0x10
8040513c:	8f91                	sub	a5,a5,a2
8040513e:	8dd5                	or	a1,a1,a3
80405140:	bddd                	j	80405036 <__udivdi3+0x10a>
80405142:	14d5e163          	bltu	a1,a3,80405284 <__udivdi3+0x358>
80405146:	67c1                	lui	a5,0x10
80405148:	02f6ff63          	bgeu	a3,a5,80405186 <__udivdi3+0x25a>
8040514c:	1006b713          	sltiu	a4,a3,256
80405150:	00174713          	xor	a4,a4,1
80405154:	070e                	sll	a4,a4,0x3
80405156:	00e6d5b3          	srl	a1,a3,a4
8040515a:	00023797          	auipc	a5,0x23
8040515e:	d3278793          	add	a5,a5,-718 # 80427e8c <__clz_tab>
80405162:	97ae                	add	a5,a5,a1
80405164:	0007c783          	lbu	a5,0(a5)
80405168:	97ba                	add	a5,a5,a4
8040516a:	02000713          	li	a4,32
8040516e:	40f705b3          	sub	a1,a4,a5
80405172:	02f71163          	bne	a4,a5,80405194 <__udivdi3+0x268>
80405176:	4505                	li	a0,1
80405178:	e666eee3          	bltu	a3,t1,80404ff4 <__udivdi3+0xc8>
8040517c:	00c8b533          	sltu	a0,a7,a2
80405180:	00154513          	xor	a0,a0,1
80405184:	8082                	ret
80405186:	010007b7          	lui	a5,0x1000
8040518a:	4741                	li	a4,16
8040518c:	fcf6e5e3          	bltu	a3,a5,80405156 <__udivdi3+0x22a>
80405190:	4761                	li	a4,24
80405192:	b7d1                	j	80405156 <__udivdi3+0x22a>
80405194:	00f65733          	srl	a4,a2,a5
80405198:	00b696b3          	sll	a3,a3,a1
8040519c:	8ed9                	or	a3,a3,a4
8040519e:	00f35733          	srl	a4,t1,a5
804051a2:	00b31333          	sll	t1,t1,a1
804051a6:	00f8d7b3          	srl	a5,a7,a5
804051aa:	0067e7b3          	or	a5,a5,t1
804051ae:	0106d313          	srl	t1,a3,0x10
804051b2:	02675eb3          	divu	t4,a4,t1
804051b6:	01069813          	sll	a6,a3,0x10
804051ba:	01085813          	srl	a6,a6,0x10
804051be:	00b61633          	sll	a2,a2,a1
804051c2:	02677733          	remu	a4,a4,t1
804051c6:	03d80e33          	mul	t3,a6,t4
804051ca:	01071513          	sll	a0,a4,0x10
804051ce:	0107d713          	srl	a4,a5,0x10
804051d2:	8f49                	or	a4,a4,a0
804051d4:	8576                	mv	a0,t4
804051d6:	01c77c63          	bgeu	a4,t3,804051ee <__udivdi3+0x2c2>
804051da:	9736                	add	a4,a4,a3
804051dc:	fffe8513          	add	a0,t4,-1
804051e0:	00d76763          	bltu	a4,a3,804051ee <__udivdi3+0x2c2>
804051e4:	01c77563          	bgeu	a4,t3,804051ee <__udivdi3+0x2c2>
804051e8:	ffee8513          	add	a0,t4,-2
804051ec:	9736                	add	a4,a4,a3
804051ee:	41c70733          	sub	a4,a4,t3
804051f2:	02675e33          	divu	t3,a4,t1
804051f6:	07c2                	sll	a5,a5,0x10
804051f8:	83c1                	srl	a5,a5,0x10
804051fa:	02677733          	remu	a4,a4,t1
804051fe:	03c80833          	mul	a6,a6,t3
80405202:	0742                	sll	a4,a4,0x10
80405204:	8fd9                	or	a5,a5,a4
80405206:	8772                	mv	a4,t3
80405208:	0107fc63          	bgeu	a5,a6,80405220 <__udivdi3+0x2f4>
8040520c:	97b6                	add	a5,a5,a3
8040520e:	fffe0713          	add	a4,t3,-1
80405212:	00d7e763          	bltu	a5,a3,80405220 <__udivdi3+0x2f4>
80405216:	0107f563          	bgeu	a5,a6,80405220 <__udivdi3+0x2f4>
8040521a:	ffee0713          	add	a4,t3,-2
8040521e:	97b6                	add	a5,a5,a3
80405220:	0542                	sll	a0,a0,0x10
80405222:	6e41                	lui	t3,0x10
80405224:	8d59                	or	a0,a0,a4
80405226:	fffe0693          	add	a3,t3,-1 # ffff <_entry-0x803f0001>
8040522a:	00d57733          	and	a4,a0,a3
8040522e:	410787b3          	sub	a5,a5,a6
80405232:	8ef1                	and	a3,a3,a2
80405234:	01055813          	srl	a6,a0,0x10
80405238:	8241                	srl	a2,a2,0x10
8040523a:	02d70333          	mul	t1,a4,a3
8040523e:	02d806b3          	mul	a3,a6,a3
80405242:	02c70733          	mul	a4,a4,a2
80405246:	02c80833          	mul	a6,a6,a2
8040524a:	00d70633          	add	a2,a4,a3
8040524e:	01035713          	srl	a4,t1,0x10
80405252:	9732                	add	a4,a4,a2
80405254:	00d77363          	bgeu	a4,a3,8040525a <__udivdi3+0x32e>
80405258:	9872                	add	a6,a6,t3
8040525a:	01075693          	srl	a3,a4,0x10
8040525e:	96c2                	add	a3,a3,a6
80405260:	02d7e063          	bltu	a5,a3,80405280 <__udivdi3+0x354>
80405264:	d8d797e3          	bne	a5,a3,80404ff2 <__udivdi3+0xc6>
80405268:	67c1                	lui	a5,0x10
8040526a:	17fd                	add	a5,a5,-1 # ffff <_entry-0x803f0001>
8040526c:	8f7d                	and	a4,a4,a5
8040526e:	0742                	sll	a4,a4,0x10
80405270:	00f37333          	and	t1,t1,a5
80405274:	00b898b3          	sll	a7,a7,a1
80405278:	971a                	add	a4,a4,t1
8040527a:	4581                	li	a1,0
8040527c:	d6e8fce3          	bgeu	a7,a4,80404ff4 <__udivdi3+0xc8>
80405280:	157d                	add	a0,a0,-1 # ffffff <_entry-0x7f400001>
80405282:	bb85                	j	80404ff2 <__udivdi3+0xc6>
80405284:	4581                	li	a1,0
80405286:	4501                	li	a0,0
80405288:	8082                	ret
